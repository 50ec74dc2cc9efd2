package vn.motcua.chasing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** The daily digest of dossiers falling due and late, per center, to its manager and its agencies' contacts. */
@ConfigMapping(prefix = "motcua.digest")
public interface DigestConfig {

    /** The center's local time from which the day's digest is built and sent. */
    @WithDefault("07:00")
    LocalTime at();

    /** Dossiers whose legal due date falls within this many working days are listed as falling due. */
    @WithDefault("2")
    int dueWithinWorkingDays();

    /** A dossier late by at least this many working days is flagged to the center's manager. */
    @WithDefault("5")
    int escalateAfterWorkingDays();

    /** The most dossiers listed under one heading; the rest are counted. */
    @WithDefault("100")
    int listed();
}
