package vn.motcua.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque global IDs: base64url of {@code Type:databaseId}. Clients must not parse them. */
public record GlobalId(String type, long id) {

    public static String encode(String type, Long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String globalId) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException();
            }
            return new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Malformed ID: " + globalId);
        }
    }
}
