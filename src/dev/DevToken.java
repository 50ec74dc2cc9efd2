import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mints a bearer token for dev mode only (`./mvnw quarkus:dev` trusts the matching public key).
 * Needs nothing but a JDK: {@code java src/dev/DevToken.java center-manager [claim=value ...]}.
 * The key in this folder is a development key; production trusts only its OIDC provider.
 */
public class DevToken {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java src/dev/DevToken.java <role> [claim=value ...]");
            System.err.println("roles: citizen counter-officer department-officer center-manager partner-agency administrator");
            System.exit(2);
        }
        String role = args[0];
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "motcua-dev");
        claims.put("aud", "motcua");
        claims.put("sub", "dev-" + role);
        claims.put("preferred_username", "dev-" + role);
        claims.put("groups", new String[] { role });
        claims.put("iat", now);
        claims.put("exp", now + 8 * 3600);
        claims.putAll(defaultClaims(role));
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            claims.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = base64Url(toJson(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(devKey());
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        System.out.println(header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    /** Claims that make each demo role usable against the demo data at once. */
    private static Map<String, Object> defaultClaims(String role) {
        Map<String, Object> claims = new LinkedHashMap<>();
        switch (role) {
            case "citizen" -> claims.put("citizen_id", "001090000001");
            case "counter-officer" -> {
                claims.put("center_code", "BLU");
                claims.put("counter_code", "Q01");
            }
            case "department-officer", "partner-agency" -> claims.put("agency_code", "STP");
            case "center-manager" -> claims.put("center_code", "BLU");
            default -> { }
        }
        return claims;
    }

    private static PrivateKey devKey() throws Exception {
        Path pem = Path.of("src/dev/dev-signing-key.pem");
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String toJson(Map<String, Object> claims) {
        return claims.entrySet().stream().map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof String[] array) {
            return java.util.Arrays.stream(array).map(DevToken::quote).collect(Collectors.joining(",", "[", "]"));
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String base64Url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
