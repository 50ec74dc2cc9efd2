package vn.motcua.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphqlAt;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.KeycloakResource;
import vn.motcua.support.SecondInstance;
import vn.motcua.support.TcpGate;

/**
 * The identity provider goes away: an instance of the packaged service reaches the real Keycloak only
 * through a gate the test opens and shuts. It starts while the provider is unreachable, answers tokens with
 * a fast 503 SERVICE_UNAVAILABLE and the public catalogue as usual, recovers by itself once the provider is
 * back, and keeps taking valid tokens when the provider goes away again (the keys are already fetched).
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
// the suite's own instance keeps the test provider: started with KeycloakResource, its settings would
// stay with the instances of the tests that follow and refuse their tokens
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = KeycloakResource.URL_PROPERTY, matches = ".+")
class IdentityProviderOutageIT {

    static final String STAFF_QUERY = "{ centers { code } dossiers(first: 1) { totalCount } }";
    static final String PUBLIC_QUERY = "{ procedures(first: 1) { totalCount } }";
    static final long FAST_MS = 5_000;

    @Test
    void anUnreachableProviderIsAFast503AndTheServiceRecoversWithoutARestart() throws Exception {
        URI keycloak = URI.create(KeycloakResource.realmUrl());
        String manager = KeycloakResource.staff("manager-blu", "manager-pass");
        try (TcpGate gate = new TcpGate(keycloak.getHost(), keycloak.getPort());
                SecondInstance instance = SecondInstance.trustingProvider(
                        "http://127.0.0.1:" + gate.port() + keycloak.getPath(), KeycloakResource.realmUrl())) {
            // started while the provider is unreachable
            long started = System.nanoTime();
            Response refused = post(instance, manager, STAFF_QUERY);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, refused.statusCode(), refused.asString());
            assertEquals("SERVICE_UNAVAILABLE", refused.jsonPath().getString("errors[0].extensions.code"));
            assertEquals("5", refused.header("Retry-After"));
            assertTrue(tookMs < FAST_MS, "answered in " + tookMs + " ms");
            assertAnswered(post(instance, null, PUBLIC_QUERY));

            // the provider is back: the same token works, no restart
            gate.open();
            assertAnswered(post(instance, manager, STAFF_QUERY));

            // and away again: the keys were fetched, valid tokens keep working, the public catalogue too
            gate.shut();
            assertAnswered(post(instance, manager, STAFF_QUERY));
            assertAnswered(post(instance, KeycloakResource.staff("counter-blu-q01", "counter-pass"), STAFF_QUERY));
            assertAnswered(post(instance, null, PUBLIC_QUERY));
            // a forged token is still refused, not waved through because the provider is away
            assertEquals(401, post(instance, manager.substring(0, manager.length() - 4) + "AAAA", STAFF_QUERY).statusCode());
        }
    }

    private static Response post(SecondInstance instance, String token, String query) {
        return graphqlAt(instance.baseUri, token, query, Map.of()).extract().response();
    }

    private static void assertAnswered(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        assertNull(response.jsonPath().get("errors"), response.asString());
    }
}
