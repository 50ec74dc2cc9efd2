package vn.motcua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GraphQLSubscriber;
import vn.motcua.support.Tokens;

/**
 * Officers' screens hear their dossiers' changes live, over a real WebSocket, signed in as a browser is (the
 * token in connection_init): an agency the dossiers transferred to it and their supplements, the counter its
 * center's; another agency hears nothing of them, and a citizen may not listen at all.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierLiveTest {

    static final String CHANGES = "subscription { dossierChanged { dossierCode action status agencyCode fromAgencyCode"
            + " occurredAt } }";

    @TestHTTPResource("/graphql")
    URI graphqlEndpoint;

    @Test
    void anAgencyHearsTheDossiersTransferredToItAndTheirSupplements() throws Exception {
        DossierFixtures.ensureProcedure();
        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        try (GraphQLSubscriber mine = subscribe(agency); GraphQLSubscriber other = subscribe(Tokens.departmentOfficer("STP"));
                GraphQLSubscriber counter = subscribe(Tokens.counterOfficer())) {
            Thread.sleep(500); // the subscriptions reach the server before the changes
            String code = DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code");
            DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode",
                    DossierFixtures.AGENCY));
            DossierFixtures.act(agency, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")));
            DossierFixtures.act(agency, "receiveSupplement", Map.of("code", code));

            List<JsonObject> heard = changesOf(mine, code, "RECEIVE_SUPPLEMENT");
            JsonObject transfer = heard.stream().filter(c -> c.getString("action").equals("TRANSFER")).findFirst()
                    .orElseThrow(() -> new AssertionError("the transfer was not heard: " + heard));
            assertEquals(DossierFixtures.AGENCY, transfer.getString("agencyCode"));
            assertEquals(List.of("TRANSFER", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT"), heard.stream()
                    .map(c -> c.getString("action")).filter(a -> !a.equals("RECEIVE")).toList());
            assertEquals("RECEIVE", changesOf(counter, code, "RECEIVE").get(0).getString("action"),
                    "the counter hears its center's dossiers");
            assertTrue(changesOf(other, code, null).isEmpty(), "another agency hears nothing of it");
        }
    }

    @Test
    void aCitizenMayNotListen() throws Exception {
        try (GraphQLSubscriber citizen = subscribe(Tokens.citizen(DossierFixtures.newApplicantId()))) {
            JsonObject answer;
            try {
                answer = citizen.next(5, TimeUnit.SECONDS);
            } catch (IllegalStateException refused) {
                assertTrue(refused.getMessage().contains("FORBIDDEN"), refused.getMessage());
                return;
            }
            assertNotNull(answer, "refused in so many words, not left waiting");
            assertEquals("FORBIDDEN", answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                    .getString("code"), answer.encode());
        }
    }

    private GraphQLSubscriber subscribe(String token) throws Exception {
        return new GraphQLSubscriber(graphqlEndpoint, CHANGES, new JsonObject(), token);
    }

    /** This dossier's changes heard, up to the one with {@code lastAction} (or for two seconds without one). */
    private static List<JsonObject> changesOf(GraphQLSubscriber subscriber, String code, String lastAction)
            throws InterruptedException {
        List<JsonObject> heard = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(lastAction == null ? 2 : 10);
        while (System.nanoTime() < deadline) {
            JsonObject next = subscriber.next(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            if (next.getValue("errors") != null) {
                throw new AssertionError("the subscription failed: " + next.encode());
            }
            JsonObject change = next.getJsonObject("data").getJsonObject("dossierChanged");
            if (code.equals(change.getString("dossierCode"))) {
                heard.add(change);
                if (change.getString("action").equals(lastAction)) {
                    break;
                }
            }
        }
        return heard;
    }
}
