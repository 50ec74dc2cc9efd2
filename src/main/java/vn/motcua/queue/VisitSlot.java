package vn.motcua.queue;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VisitSlot")
@Description("A slot a service group takes bookings for")
public record VisitSlot(@NonNull OffsetDateTime startsAt, @NonNull OffsetDateTime endsAt,
        @NonNull @Description("Bookings the slot takes: a share of what the counters serving the group can serve in it")
        Integer capacity,
        @NonNull Integer available) {
}
