package vn.motcua.queue.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Queue defaults a center may tune. */
@ConfigMapping(prefix = "motcua.queue")
public interface QueueConfig {

    /** Minutes a visit is assumed to take until a group has served anyone today. */
    @WithDefault("6")
    double defaultServiceMinutes();

    /** How many recent calls the display board shows. */
    @WithDefault("12")
    int boardCalls();
}
