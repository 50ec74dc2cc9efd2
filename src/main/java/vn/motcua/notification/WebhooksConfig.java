package vn.motcua.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How partner webhooks are delivered and which addresses they may point at. */
@ConfigMapping(prefix = "motcua.webhooks")
public interface WebhooksConfig {

    /** Whether this instance delivers (every instance may: each delivery is taken by one). */
    @WithDefault("true")
    boolean deliver();

    /** How often an idle instance looks for deliveries that are due. */
    @WithDefault("PT1S")
    Duration poll();

    /** The first retry's delay; each next one doubles, with jitter, up to {@link #maxBackoff()}. */
    @WithDefault("PT10S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Attempts before a delivery goes to the dead-letter list (about a day with the defaults). */
    @WithDefault("30")
    int maxAttempts();

    /** A receiver that takes longer has failed this attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Plain http and private, loopback or link-local addresses: for dev and test only. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long the previous secret still signs after a rotation, so receivers can switch. */
    @WithDefault("PT24H")
    Duration rotationOverlap();
}
