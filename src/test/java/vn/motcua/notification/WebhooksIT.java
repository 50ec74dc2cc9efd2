package vn.motcua.notification;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.LoopbackWebhooksResource;
import vn.motcua.support.Tokens;
import vn.motcua.support.WebhookReceiver;

/**
 * Partner webhooks against a real HTTP receiver: an event per committed change and none per refused one,
 * only to the agencies involved, in order, signed as Standard Webhooks says; retried when the receiver
 * fails, dead-lettered when it keeps failing, and replayed by the manager.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(LoopbackWebhooksResource.class)
class WebhooksIT {

    static final String REGISTER = "mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {"
            + " endpoint { id agencyCode url } secret userErrors { field code message } } }";

    static String register(String agencyCode, String url) {
        JsonPath registered = graphql(Tokens.manager(), REGISTER, Map.of("input", Map.of("agencyCode", agencyCode,
                "url", url))).body("data.registerWebhook.userErrors", empty()).extract().jsonPath();
        return registered.getString("data.registerWebhook.secret");
    }

    @Test
    void theAgenciesInvolvedReceiveEachCommittedChangeSignedAndInOrder() throws Exception {
        try (WebhookReceiver agency = new WebhookReceiver(); WebhookReceiver other = new WebhookReceiver()) {
            String secret = register(DossierFixtures.AGENCY, agency.url());
            register("STP", other.url());
            String code = DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code");
            String officer = Tokens.departmentOfficer(DossierFixtures.AGENCY);
            DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode",
                    DossierFixtures.AGENCY));
            DossierFixtures.act(officer, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")));
            DossierFixtures.act(officer, "receiveSupplement", Map.of("code", code));
            // refused: it rolls back, and leaves no event
            assertEquals("INVALID_TRANSITION", DossierFixtures.act(Tokens.counterOfficer(), "returnResult",
                    Map.of("code", code, "method", "DIRECT")).getString("userErrors[0].code"));

            List<WebhookReceiver.Received> mine = await(agency, r -> r.body().contains(code), 4);
            assertEquals(List.of("dossier.receive", "dossier.transfer", "dossier.request_supplement",
                    "dossier.receive_supplement"), mine.stream().map(r -> JsonPath.from(r.body()).getString("type"))
                    .toList(), "in the order they happened");
            for (WebhookReceiver.Received r : mine) {
                assertTrue(r.signature().contains(sign(secret, r.id(), r.timestamp(), r.body())),
                        "the signature verifies: " + r);
                assertTrue(Math.abs(Long.parseLong(r.timestamp()) - Instant.now().getEpochSecond()) < 60);
            }
            assertEquals(4, mine.stream().map(WebhookReceiver.Received::id).distinct().count(), "one id per event");
            assertEquals(4, outboxEventsOf(code), "an event per committed change, none for the refused one");
            Thread.sleep(500);
            assertTrue(other.received().stream().noneMatch(r -> r.body().contains(code)),
                    "an agency not involved receives nothing");
        }
    }

    @Test
    void aFailingReceiverIsRetriedThenDeadLetteredAndReplayed() throws Exception {
        try (WebhookReceiver flaky = new WebhookReceiver().failing(500, 503);
                WebhookReceiver down = new WebhookReceiver().otherwise(500)) {
            register(DossierFixtures.AGENCY, flaky.url());
            register(DossierFixtures.AGENCY, down.url());
            String code = DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code");

            List<WebhookReceiver.Received> retried = await(flaky, r -> r.body().contains(code), 3);
            assertEquals(1, retried.stream().map(WebhookReceiver.Received::id).distinct().count(),
                    "three attempts of one event, the third taken");
            await(down, r -> r.body().contains(code), 3);

            String dead = "{ webhookDeliveries(status: DEAD, first: 100) { id attempts lastError } }";
            String deliveryId = awaitDead(dead, code);
            down.otherwise(200);
            graphql(Tokens.manager(), "mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input:"
                    + " $input) { delivery { status attempts } userErrors { code } } }",
                    Map.of("input", Map.of("deliveryId", deliveryId)))
                    .body("data.replayWebhookDelivery.userErrors", empty());
            List<WebhookReceiver.Received> all = await(down, r -> r.body().contains(code), 4);
            assertEquals(1, all.stream().map(WebhookReceiver.Received::id).distinct().count(), "the same event again");
        }
    }

    private static String awaitDead(String query, String code) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> dead = graphql(Tokens.manager(), query).extract().jsonPath()
                    .getList("data.webhookDeliveries");
            for (Map<String, Object> delivery : dead) {
                if (deliveryOf(code, (String) delivery.get("id"))) {
                    assertEquals(3, delivery.get("attempts"));
                    assertEquals("HTTP 500", delivery.get("lastError"));
                    return (String) delivery.get("id");
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no dead delivery for " + code);
    }

    private static boolean deliveryOf(String code, String deliveryId) throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres"); PreparedStatement ps = c.prepareStatement(
                "select count(*) from webhook_delivery w join dossier d on d.id = w.dossier_id where w.id = ? and d.code = ?")) {
            ps.setLong(1, Long.parseLong(deliveryId));
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private static long outboxEventsOf(String code) throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres"); PreparedStatement ps = c.prepareStatement(
                "select count(*) from outbox_event e join dossier d on d.id = e.dossier_id where d.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<WebhookReceiver.Received> await(WebhookReceiver receiver,
            Predicate<WebhookReceiver.Received> which, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<WebhookReceiver.Received> matching = List.of();
        while (Instant.now().isBefore(deadline)) {
            matching = receiver.received().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " deliveries, got " + matching);
    }

    /** Standard Webhooks' signature, computed here independently of the service. */
    static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
