package vn.motcua.support;

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
}
