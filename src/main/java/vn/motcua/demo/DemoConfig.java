package vn.motcua.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reference center's demo data: off in production unless the operator asks for it. */
@ConfigMapping(prefix = "motcua.demo")
public interface DemoConfig {

    /** Load the demo data at start (idempotent). */
    @WithDefault("false")
    boolean enabled();

    /** Dossiers of generated history over the past year. */
    @WithDefault("30000")
    int dossiers();
}
