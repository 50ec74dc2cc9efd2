package vn.motcua.queue.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Queue defaults a center may tune. */
@ConfigMapping(prefix = "motcua.queue")
public interface QueueConfig {

    /** Minutes a visit is assumed to take until a group has served anyone today. */
    @WithDefault("6")
    double defaultServiceMinutes();

    /**
     * The longest a ticket waits behind a counter's preferred groups: past it, the ticket goes before the
     * preference (still after tickets sent to the counter and priority tickets).
     */
    @WithDefault("PT30M")
    Duration maxWait();

    /**
     * The share of a slot's serving capacity (the counters serving a group times the slot over the service
     * time) that bookings may take; the rest is for walk-ins.
     */
    @WithDefault("0.5")
    double bookableShare();

    /** Bookings a citizen may hold at once, not yet checked in and not ended. */
    @WithDefault("3")
    int openBookingsPerCitizen();

    /** How long before its slot a booking may be checked in. */
    @WithDefault("PT15M")
    Duration checkInEarly();

    /** How far ahead a slot may be booked, in days. */
    @WithDefault("14")
    int bookingDaysAhead();

    /** How many recent calls the display board shows. */
    @WithDefault("12")
    int boardCalls();
}
