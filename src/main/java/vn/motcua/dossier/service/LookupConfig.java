package vn.motcua.dossier.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The public dossier look-up: the key its secrets are hashed with, and how hard guessing is throttled. */
@ConfigMapping(prefix = "motcua.lookup")
public interface LookupConfig {

    /**
     * The server key of the secrets' keyed hash (HMAC-SHA256): with the database alone, nobody can test
     * candidate secrets. Production takes it from MOTCUA_LOOKUP_KEY.
     */
    String secretKey();

    /** Wrong secrets allowed per client address in one {@link #window()}. */
    @WithDefault("20")
    int failuresPerAddress();

    /** Wrong secrets allowed per dossier code in one {@link #window()}, whoever sends them. */
    @WithDefault("10")
    int failuresPerCode();

    @WithDefault("PT10M")
    Duration window();

    /** The public look-up page the receipt's QR code opens (MOTCUA_LOOKUP_PUBLIC_URL in production). */
    String publicUrl();
}
