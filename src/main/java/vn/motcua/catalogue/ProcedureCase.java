package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
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
    @Description("Working days for this case; null when it has no appointment date or is timed in hours")
    public Integer processingDays;
    @Description("Working hours for this case, when it is timed in hours")
    public Integer processingHours;
    @Description("The fee for this case, in đồng, in place of the channel's; null: the channel's fee")
    public Long feeVnd;

    /** The case's own processing time; empty when it has no appointment date. */
    public Optional<ProcessingTime> processingTime() {
        return processingDays == null && processingHours == null ? Optional.empty()
                : Optional.of(ProcessingTime.stated(processingDays == null ? 0 : processingDays, processingHours));
    }
}
