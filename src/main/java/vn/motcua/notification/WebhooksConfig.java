package vn.motcua.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Partner webhooks: how long a receiver may take, which addresses they may point at (see DeliveryConfig). */
@ConfigMapping(prefix = "motcua.webhooks")
public interface WebhooksConfig {

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
