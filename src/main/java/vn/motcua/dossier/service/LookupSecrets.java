package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.common.RandomCodes;

/**
 * The secret printed on a receipt: issued here, stored only as a keyed hash (HMAC-SHA256 under the
 * server's key), and compared in constant time.
 */
@ApplicationScoped
public class LookupSecrets {

    @Inject
    LookupConfig config;

    /** Eight letters and digits without look-alikes (no I, O, 0, 1): about 40 bits. */
    public String newSecret() {
        return RandomCodes.of(8);
    }

    /** What the database keeps of a secret; case and surrounding blanks do not matter. */
    public String hash(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String normalised = secret == null ? "" : secret.trim().toUpperCase(Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The receipt's QR code: the public look-up page with the code, readable by any phone camera. The secret
     * rides in the fragment ({@code #...}), which browsers never send to a server, so it stays out of every
     * access log and proxy on the way; the page reads it from there and sends it in the request body.
     */
    public String lookupLink(String code, String secret) {
        return config.publicUrl() + "?ma=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8) + "#" + secret;
    }

    /** Whether the secret matches the stored hash; a missing hash is compared too, so timing tells nothing. */
    public boolean matches(String secret, String storedHash) {
        String expected = storedHash == null ? hash("\u0000no dossier") : storedHash;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash(secret).getBytes(StandardCharsets.US_ASCII)) && storedHash != null;
    }
}
