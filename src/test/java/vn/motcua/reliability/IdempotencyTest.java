package vn.motcua.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** Retries from partners and apps: one key, one write, whatever arrives twice or at the same moment. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IdempotencyTest {

    static final String RECEIVE = "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
            + " receipt { lookupSecret dossier { code } } userErrors { field code } } }";

    @Test
    void theSameKeyAndInputAnswerTheFirstResultAndWriteNothingMore() {
        DossierFixtures.ensureProcedure();
        String applicant = DossierFixtures.newApplicantId();
        Map<String, Object> input = receiveInput(applicant, UUID.randomUUID().toString());
        JsonPath first = receive(input);
        JsonPath again = receive(input);
        String code = first.getString("receipt.dossier.code");
        assertEquals(code, again.getString("receipt.dossier.code"));
        // the first receipt never reached the caller: the repeat carries a fresh secret, which opens the dossier
        assertNotEquals(first.getString("receipt.lookupSecret"), again.getString("receipt.lookupSecret"));
        graphql(null, "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) { code } }",
                Map.of("c", code, "s", again.getString("receipt.lookupSecret")))
                .body("data.dossierStatus.code", org.hamcrest.Matchers.equalTo(code));
        assertEquals(1, dossiersOf(applicant));

        // the same key for another request is refused and changes nothing
        Map<String, Object> other = new HashMap<>(input);
        other.put("documents", List.of("Giấy tờ khác"));
        JsonPath refused = receive(other);
        assertEquals("IDEMPOTENCY_KEY_REUSED", refused.getString("userErrors[0].code"));
        assertNull(refused.get("receipt"));
        assertEquals(1, dossiersOf(applicant));
    }

    @Test
    void concurrentDuplicatesGiveOneWrite() throws Exception {
        DossierFixtures.ensureProcedure();
        String applicant = DossierFixtures.newApplicantId();
        Map<String, Object> input = receiveInput(applicant, UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> duplicates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            duplicates.add(() -> receive(input).getString("receipt.dossier.code"));
        }
        List<String> codes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(duplicates)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().distinct().count(), "every duplicate answers the one dossier: " + codes);
        assertEquals(1, dossiersOf(applicant));
    }

    @Test
    void aRetriedTransferAndTicketHappenOnce() {
        String code = DossierFixtures.dossierIn("RECEIVED");
        String key = UUID.randomUUID().toString();
        String transfer = "mutation { transferDossier(input: {code: \"" + code + "\", toAgencyCode: \"SXD\", idempotencyKey: \""
                + key + "\"}) { dossier { status } userErrors { code } } }";
        graphql(Tokens.counterOfficer(), transfer).body("data.transferDossier.dossier.status", org.hamcrest.Matchers.equalTo("PROCESSING"));
        graphql(Tokens.counterOfficer(), transfer).body("data.transferDossier.dossier.status", org.hamcrest.Matchers.equalTo("PROCESSING"))
                .body("data.transferDossier.userErrors", org.hamcrest.Matchers.empty());
        graphql(Tokens.manager(), "{ dossier(code: \"" + code + "\") { processingLog { action } } }")
                .body("data.dossier.processingLog.action", org.hamcrest.Matchers.equalTo(List.of("RECEIVE", "TRANSFER")));

        String citizen = Tokens.citizen(DossierFixtures.newApplicantId());
        String take = "mutation { takeTicket(input: {centerCode: \"BLU\", groupCode: \"A\", idempotencyKey: \"" + key
                + "\"}) { ticket { number } userErrors { code } } }";
        String number = graphql(citizen, take).extract().path("data.takeTicket.ticket.number");
        assertEquals(number, graphql(citizen, take).extract().path("data.takeTicket.ticket.number"));
        // keys belong to their caller: another citizen's same key is a new request
        assertNotEquals(number, graphql(Tokens.citizen(DossierFixtures.newApplicantId()), take).extract()
                .path("data.takeTicket.ticket.number"));
    }

    private static Map<String, Object> receiveInput(String applicant, String key) {
        Map<String, Object> input = new HashMap<>();
        input.put("procedureCode", DossierFixtures.PROCEDURE);
        input.put("channel", "DIRECT");
        input.put("applicant", DossierFixtures.applicant(applicant));
        input.put("documents", List.of("Đơn đề nghị"));
        input.put("idempotencyKey", key);
        return input;
    }

    private static JsonPath receive(Map<String, Object> input) {
        return graphql(Tokens.counterOfficer(), RECEIVE, Map.of("i", input)).extract().jsonPath()
                .setRootPath("data.receiveDossier");
    }

    private static int dossiersOf(String applicant) {
        return graphql(Tokens.citizen(applicant), "{ myDossiers(first: 10) { totalCount } }").extract().jsonPath()
                .getInt("data.myDossiers.totalCount");
    }
}
