package vn.motcua.notification;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.LoopbackWebhooksResource;
import vn.motcua.support.SecondInstance;
import vn.motcua.support.Tokens;
import vn.motcua.support.WebhookReceiver;

/**
 * Two instances deliver one outbox; one is killed with kill -9 in the middle of a burst and another takes its
 * place. Every event reaches the receiver, none lost (at least once: a receiver de-duplicates by webhook-id).
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(LoopbackWebhooksResource.class)
class WebhookCrashIT {

    @Test
    void noEventIsLostWhenAnInstanceIsKilledMidDelivery() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            graphql(Tokens.manager(), WebhooksIT.REGISTER, Map.of("input", Map.of("agencyCode", DossierFixtures.AGENCY,
                    "url", receiver.url()))).body("data.registerWebhook.userErrors", empty());
            SecondInstance second = SecondInstance.start("-Dmotcua.delivery.enabled=true");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                codes.add(DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code"));
                if (i == 15) {
                    second.kill();
                }
            }
            SecondInstance replacement = SecondInstance.start("-Dmotcua.delivery.enabled=true");
            try {
                Set<String> expected = eventIdsOf(codes);
                assertEquals(codes.size(), expected.size(), "one event per intake");
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                Set<String> received = new HashSet<>();
                while (Instant.now().isBefore(deadline) && !received.containsAll(expected)) {
                    Thread.sleep(200);
                    received = new HashSet<>(receiver.received().stream().map(WebhookReceiver.Received::id).toList());
                }
                assertTrue(received.containsAll(expected), "every event arrived: missing "
                        + expected.stream().filter(id -> !receiver.received().stream().anyMatch(r -> r.id().equals(id)))
                                .toList());
                for (WebhookReceiver.Received r : receiver.received()) {
                    if (expected.contains(r.id())) {
                        assertTrue(codes.contains(JsonPath.from(r.body()).getString("data.dossierCode")), r.body());
                    }
                }
            } finally {
                replacement.close();
                second.close();
            }
        }
    }

    private static Set<String> eventIdsOf(List<String> codes) throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                PreparedStatement ps = c.prepareStatement("select e.event_id from outbox_event e join dossier d"
                        + " on d.id = e.dossier_id where d.code = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
