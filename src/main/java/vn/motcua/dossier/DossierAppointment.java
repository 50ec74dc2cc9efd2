package vn.motcua.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "dossier_appointment")
@Description("An appointment date a dossier had, and why it was set")
public class DossierAppointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    public Long dossierId;
    @NonNull
    public LocalDate appointmentDate;
    @NonNull
    @Description("RECEIVED, SUPPLEMENT_RESUMED or APOLOGY")
    public String reason;
    public String note;
    @NonNull
    public OffsetDateTime setAt;
    @Ignore
    public String setBy;
}
