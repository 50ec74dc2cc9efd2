package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "procedure_channel")
@Description("A channel through which a procedure can be filed, with its own processing time and fee")
public class ProcedureChannel extends ProcedurePart {

    @NonNull
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @NonNull
    @Description("Processing time in working days (0: settled the same day, or timed in hours)")
    public int processingDays;
    @Description("Processing time in working hours, for procedures that state it (\"4 giờ làm việc\"); processingDays"
            + " is then 0, and the appointment is a time")
    public Integer processingHours;
    @NonNull
    @Description("Fee in Vietnamese đồng")
    public long feeVnd;
    public String feeNote;

    public ProcessingTime processingTime() {
        return ProcessingTime.stated(processingDays, processingHours);
    }
}
