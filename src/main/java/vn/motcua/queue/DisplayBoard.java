package vn.motcua.queue;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The hall's display board: the latest calls with their counters, and how many wait in each group. */
@Type("DisplayBoard")
public record DisplayBoard(@NonNull String centerCode, @NonNull List<@NonNull BoardCall> recentCalls,
        @NonNull List<@NonNull GroupWaiting> waiting) {

    @Type("BoardCall")
    public record BoardCall(@NonNull String ticketNumber, @NonNull String counterCode, @NonNull OffsetDateTime calledAt,
            @NonNull TicketStatus status) {
    }

    @Type("GroupWaiting")
    public record GroupWaiting(@NonNull String groupCode, @NonNull String groupName, @NonNull Integer waiting) {
    }
}
