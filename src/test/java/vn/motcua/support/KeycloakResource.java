package vn.motcua.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service at the real Keycloak that .ci/keycloak.sh started (URL in the system property
 * motcua.e2e.keycloak-url), instead of the OIDC test server.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "motcua.e2e.keycloak-url";

    public static String realmUrl() {
        return System.getProperty(URL_PROPERTY) + "/realms/motcua";
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl(),
                "quarkus.oidc.token.issuer", realmUrl(),
                "quarkus.oidc.token.audience", "motcua",
                "quarkus.oidc.client-id", "motcua");
    }

    @Override
    public void stop() {
    }

    /** A staff member's token, from the password grant of the staff client (scope from user attributes). */
    public static String staff(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "motcua-staff", "username", username, "password", password));
    }

    public static String citizen(String idNumber) {
        return token(Map.of("grant_type", "password", "client_id", "motcua-app", "username", idNumber,
                "password", "citizen-pass"));
    }

    /** A partner agency's machine token. */
    public static String clientCredentials(String client) {
        return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", client + "-secret"));
    }

    private static String token(Map<String, String> form) {
        return given().baseUri(realmUrl()).port(-1).formParams(form).post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
    }
}
