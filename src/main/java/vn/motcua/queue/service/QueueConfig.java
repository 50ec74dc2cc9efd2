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

    /** How many recent calls the display board shows. */
    @WithDefault("12")
    int boardCalls();
}
