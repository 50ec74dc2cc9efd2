package vn.motcua.notification.service;

/** One kind of delivery the outbox owes; {@link OutboxWorker} runs each on every instance. */
public interface DueDeliveries {

    /** Delivers the next due one, if any, in its own transaction; whether there was one. */
    boolean deliverNext();
}
