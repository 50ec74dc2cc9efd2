package vn.motcua.queue;

public enum TicketChannel {
    KIOSK, APP
}
