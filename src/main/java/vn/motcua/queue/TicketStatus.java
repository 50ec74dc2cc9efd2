package vn.motcua.queue;

public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED,
    /** Moved to another group or counter; waits there with its original place in time. */
    TRANSFERRED,
    /** Put aside while serving (the citizen fetches a missing paper); resumed by the same counter. */
    PARKED;

    public boolean isWaiting() {
        return this == WAITING || this == TRANSFERRED;
    }
}
