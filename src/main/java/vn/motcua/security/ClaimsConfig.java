package vn.motcua.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The token claims the service relies on (providers name them differently), and how far a center reaches. */
@ConfigMapping(prefix = "motcua.security")
public interface ClaimsConfig {

    /** Agency code of a department officer or partner-agency client. */
    String agencyClaim();

    /** Counter code of a counter officer. */
    String counterClaim();

    /** Identity number (CCCD) of a citizen. */
    String citizenIdClaim();

    /**
     * Enterprise code of the organisation a token acts for (its own staff or software): it reaches that
     * organisation's dossiers as a citizen reaches theirs.
     */
    @WithDefault("organisation_code")
    String organisationClaim();

    /** Center code of an officer or manager. */
    String centerClaim();

    /** Whether a manager's and officers' center reach includes the branches of their center. */
    @WithDefault("false")
    boolean centerReachIncludesBranches();
}
