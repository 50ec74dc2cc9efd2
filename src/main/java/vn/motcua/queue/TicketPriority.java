package vn.motcua.queue;

/** Center policy: every level but NORMAL is served first, FIFO among them. */
public enum TicketPriority {
    NORMAL, ELDERLY, DISABLED, PREGNANT
}
