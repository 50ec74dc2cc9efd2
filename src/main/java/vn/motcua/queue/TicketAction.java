package vn.motcua.queue;

import static vn.motcua.queue.TicketStatus.CALLED;
import static vn.motcua.queue.TicketStatus.PARKED;
import static vn.motcua.queue.TicketStatus.SERVING;
import static vn.motcua.queue.TicketStatus.TRANSFERRED;
import static vn.motcua.queue.TicketStatus.WAITING;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/**
 * What happens to a ticket, the status it leads to and the statuses it may start from: the queue's
 * transition table, in the shape of {@code DossierAction}. TAKE creates a ticket (it starts from nothing).
 */
@Description("An action in a ticket's history")
public enum TicketAction {
    TAKE(WAITING, EnumSet.noneOf(TicketStatus.class)),
    CALL(CALLED, TicketStatus.IN_LINE),
    RECALL(CALLED, EnumSet.of(CALLED)),
    SERVE(SERVING, EnumSet.of(CALLED, PARKED)),
    PARK(PARKED, EnumSet.of(SERVING)),
    /** Marked by the officer, or given up when the counter calls the next one. */
    NO_SHOW(TicketStatus.NO_SHOW, EnumSet.of(CALLED)),
    TRANSFER(TRANSFERRED, EnumSet.of(CALLED, SERVING, PARKED)),
    FINISH(TicketStatus.DONE, EnumSet.of(SERVING)),
    CANCEL(TicketStatus.CANCELLED, EnumSet.of(WAITING, TRANSFERRED)),
    /**
     * Its counter closed: a ticket called, served, set aside or sent to that counter waits again in its group's
     * line, with its original place in time.
     */
    RETURN_TO_LINE(WAITING, EnumSet.of(CALLED, SERVING, PARKED, TRANSFERRED)),
    /** An officer saw the papers for the priority it asked for; it keeps waiting, now served first. */
    CONFIRM_PRIORITY(WAITING, EnumSet.of(WAITING));

    public final TicketStatus target;
    private final Set<TicketStatus> from;

    TicketAction(TicketStatus target, Set<TicketStatus> from) {
        this.target = target;
        this.from = from;
    }

    public boolean allowedFrom(TicketStatus status) {
        return from.contains(status);
    }

    public Set<TicketStatus> from() {
        return from.isEmpty() ? EnumSet.noneOf(TicketStatus.class) : EnumSet.copyOf(from);
    }

    public String words() {
        return name().toLowerCase().replace('_', ' ');
    }
}
