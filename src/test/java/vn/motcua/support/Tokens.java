package vn.motcua.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Map;
import java.util.Set;

/**
 * Real RS256 tokens, signed with the key that {@code OidcWiremockTestResource} publishes in its JWKS,
 * so the service verifies them exactly as it verifies a provider's.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String token(String subject, String role, Map<String, Object> claims) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(subject).subject(subject).groups(Set.of(role))
                .issuer(ISSUER).audience(ISSUER);
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    /** The demo center's manager (BLU). */
    public static String manager() {
        return manager("BLU");
    }

    public static String manager(String centerCode) {
        return token("manager-" + centerCode, "center-manager", Map.of("center_code", centerCode));
    }

    /** The deployment's administrator: adds centers, imports the calendar. */
    public static String administrator() {
        return token("administrator", "administrator", Map.of());
    }

    /** Counter Q01 of the demo center. */
    public static String counterOfficer() {
        return counterOfficer("BLU", "Q01");
    }

    public static String counterOfficer(String centerCode, String counterCode) {
        return token("officer-" + centerCode + "-" + counterCode, "counter-officer",
                Map.of("center_code", centerCode, "counter_code", counterCode));
    }

    public static String departmentOfficer(String agencyCode) {
        return token("officer-" + agencyCode, "department-officer", Map.of("agency_code", agencyCode));
    }

    public static String partner(String agencyCode) {
        return token("partner-client-" + agencyCode, "partner-agency", Map.of("agency_code", agencyCode));
    }

    public static String citizen(String citizenId) {
        return token("citizen-" + citizenId, "citizen", Map.of("citizen_id", citizenId));
    }
}
