package vn.motcua.queue;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A ticket's public state and place in line: what the holder, the kiosk and the app see. */
@Type("TicketPlace")
@Description("A ticket's public state and place in line")
public record TicketPlace(@NonNull String number, @NonNull LocalDate day, @NonNull TicketStatus status,
        @NonNull String groupCode, String counterCode, @NonNull Integer peopleAhead, Integer estimatedWaitMinutes) {
}
