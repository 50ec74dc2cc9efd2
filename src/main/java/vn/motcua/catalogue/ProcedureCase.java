package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "procedure_case")
@Description("A case variant (trường hợp) of a procedure with its own processing time")
public class ProcedureCase extends ProcedurePart {

    @NonNull
    public int position;
    @NonNull
    public String name;
    @Description("Working days for this case; null when it has no appointment date")
    public Integer processingDays;
}
