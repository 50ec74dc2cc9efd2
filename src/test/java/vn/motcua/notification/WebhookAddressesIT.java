package vn.motcua.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * With production's setting (no private addresses: only %dev and %test allow them, for receivers on this
 * machine), a webhook cannot be aimed at the center's own network, nor sent in clear.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(WebhookAddressesIT.AsInProduction.class)
class WebhookAddressesIT {

    /** The integration tests run the packaged application in the test profile; this is production's value. */
    public static class AsInProduction implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("motcua.webhooks.allow-private-addresses", "false");
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void loopbackPrivateAndPlainHttpEndpointsAreRefusedInProduction() {
        for (String url : new String[] { "https://127.0.0.1/hook", "https://localhost:8443/hook",
                "https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "http://example.org/hook", "https://user:pw@example.org/hook" }) {
            String answer = graphql(Tokens.manager(), WebhooksIT.REGISTER, Map.of("input", Map.of("agencyCode", "SXD",
                    "url", url))).extract().asString();
            assertEquals("INVALID", JsonPath.from(answer).getString("data.registerWebhook.userErrors[0].code"),
                    url + ": " + answer);
            assertNull(JsonPath.from(answer).get("data.registerWebhook.endpoint"), url + ": " + answer);
        }
    }
}
