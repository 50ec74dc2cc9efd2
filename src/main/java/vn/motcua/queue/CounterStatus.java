package vn.motcua.queue;

public enum CounterStatus {
    OPEN, BREAK, CLOSED
}
