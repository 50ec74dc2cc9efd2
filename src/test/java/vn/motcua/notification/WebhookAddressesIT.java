package vn.motcua.notification;

import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** In production a webhook cannot be aimed at the center's own network, nor sent in clear. */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class WebhookAddressesIT {

    @Test
    void loopbackPrivateAndPlainHttpEndpointsAreRefusedInProduction() {
        for (String url : new String[] { "https://127.0.0.1/hook", "https://localhost:8443/hook",
                "https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "http://example.org/hook", "https://user:pw@example.org/hook" }) {
            graphql(Tokens.manager(), WebhooksTest.REGISTER, Map.of("input", Map.of("agencyCode", "SXD", "url", url)))
                    .body("data.registerWebhook.userErrors[0].code", equalTo("INVALID"))
                    .body("data.registerWebhook.endpoint", org.hamcrest.Matchers.nullValue());
        }
    }
}
