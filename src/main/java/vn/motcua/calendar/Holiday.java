package vn.motcua.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "holiday")
@Description("A day that differs from the usual Monday-to-Friday week")
public class Holiday extends PanacheEntityBase {

    @Id
    @NonNull
    public LocalDate day;
    @NonNull
    @Enumerated(EnumType.STRING)
    public DayKind kind;
    @NonNull
    public String name;
    @NonNull
    @Description("Projected from the usual pattern; true until the government's notice for the year is imported")
    public boolean provisional;
}
