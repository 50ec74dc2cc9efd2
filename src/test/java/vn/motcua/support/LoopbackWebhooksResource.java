package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Lets the packaged application deliver webhooks to a receiver on this machine, and quickly. */
public class LoopbackWebhooksResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("motcua.webhooks.allow-private-addresses", "true", "motcua.delivery.enabled", "true",
                "motcua.delivery.poll", "PT0.1S",
                "motcua.delivery.backoff", "PT0.2S", "motcua.delivery.max-backoff", "PT1S");
    }

    @Override
    public void stop() {
    }
}
