package vn.motcua.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a caller's idempotency keys are remembered. */
@ConfigMapping(prefix = "motcua.idempotency")
public interface IdempotencyConfig {

    @WithDefault("PT24H")
    Duration keep();
}
