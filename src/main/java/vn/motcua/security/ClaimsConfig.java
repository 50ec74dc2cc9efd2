package vn.motcua.security;

import io.smallrye.config.ConfigMapping;

/** Names of the token claims the service relies on; providers differ, so they are configuration. */
@ConfigMapping(prefix = "motcua.security")
public interface ClaimsConfig {

    /** Agency code of a department officer or partner-agency client. */
    String agencyClaim();

    /** Counter code of a counter officer. */
    String counterClaim();

    /** Identity number (CCCD) of a citizen. */
    String citizenIdClaim();

    /** Center code of an officer or manager. */
    String centerClaim();
}
