package vn.motcua.queue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED,
    /** Moved to another group or counter; waits there with its original place in time. */
    TRANSFERRED,
    /** Put aside while serving (the citizen fetches a missing paper); resumed by the same counter. */
    PARKED;

    /** In line to be called. */
    public static final Set<TicketStatus> IN_LINE = EnumSet.of(WAITING, TRANSFERRED);
    /** At a counter, shown on the display board. */
    public static final Set<TicketStatus> AT_COUNTER = EnumSet.of(CALLED, SERVING);

    public boolean isWaiting() {
        return IN_LINE.contains(this);
    }

    /** The statuses as an SQL list, {@code 'WAITING', 'TRANSFERRED'}: literals derived from the enum. */
    public static String sqlList(Set<TicketStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
