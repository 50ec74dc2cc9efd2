package vn.motcua.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How what the outbox owes (webhooks, messages to citizens) is delivered, on every instance. */
@ConfigMapping(prefix = "motcua.delivery")
public interface DeliveryConfig {

    /** Whether this instance delivers (every instance may: each delivery is taken by one). */
    @WithDefault("true")
    boolean enabled();

    /** How often an idle instance looks for deliveries that are due. */
    @WithDefault("PT1S")
    Duration poll();

    /** The first retry's delay; each next one doubles, with jitter, up to {@link #maxBackoff()}. */
    @WithDefault("PT10S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /**
     * How long a claimed delivery is held from other instances while it is sent: longer than any sender waits
     * (webhooks and gateways 10 s). A send whose outcome is never recorded is tried again after it.
     */
    @WithDefault("PT1M")
    Duration hold();

    /** Attempts before a delivery is given up (about a day with the defaults). */
    @WithDefault("30")
    int maxAttempts();
}
