package vn.motcua.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "procedure_case")
@Description("A case variant (trường hợp) of a procedure with its own processing time")
public class ProcedureCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    @Column(name = "procedure_id")
    public Long procedureId;
    @NonNull
    public int position;
    @NonNull
    public String name;
    @Description("Working days for this case; null when it has no appointment date")
    public Integer processingDays;
}
