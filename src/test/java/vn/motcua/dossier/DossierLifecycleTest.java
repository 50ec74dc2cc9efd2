package vn.motcua.dossier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.DossierFixtures.act;
import static vn.motcua.support.DossierFixtures.dossierIn;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierLifecycleTest {

    /** DOMAIN.md's state machine, copied here on purpose: the code must agree with the document. */
    static final Map<String, Set<String>> DOMAIN_TABLE = Map.of(
            "SUBMITTED", Set.of("RECEIVED", "REFUSED", "WITHDRAWN"),
            "RECEIVED", Set.of("PROCESSING", "WITHDRAWN"),
            "REFUSED", Set.of(),
            "PROCESSING", Set.of("PROCESSING", "SUPPLEMENT_REQUESTED", "PAYMENT_DUE", "STOPPED", "RESULT_READY",
                    "WITHDRAWN"),
            "SUPPLEMENT_REQUESTED", Set.of("PROCESSING", "WITHDRAWN"),
            "PAYMENT_DUE", Set.of("PROCESSING", "RESULT_READY", "WITHDRAWN"),
            "WITHDRAWN", Set.of(),
            "STOPPED", Set.of(),
            "RESULT_READY", Set.of("RETURNED"),
            "RETURNED", Set.of());

    /** Each mutation, its target status, and the one source it is meant for where several lead to PROCESSING. */
    record Move(String mutation, String target, String onlyFrom, Map<String, Object> extra) {
    }

    static final List<Move> MOVES = List.of(
            new Move("acceptDossier", "RECEIVED", null, Map.of()),
            new Move("refuseDossier", "REFUSED", null, Map.of("reason", "Không đủ điều kiện")),
            new Move("transferDossier", "PROCESSING", null, Map.of("toAgencyCode", "SXD")),
            new Move("requestSupplement", "SUPPLEMENT_REQUESTED", null, Map.of("missingItems", List.of("Bản sao sổ đỏ"))),
            new Move("receiveSupplement", "PROCESSING", "SUPPLEMENT_REQUESTED", Map.of()),
            new Move("requestPayment", "PAYMENT_DUE", null, Map.of("amountVnd", 200000)),
            new Move("confirmPayment", "PROCESSING", "PAYMENT_DUE", Map.of()),
            new Move("recordResult", "RESULT_READY", null, Map.of()),
            new Move("returnResult", "RETURNED", null, Map.of("method", "POSTAL")),
            new Move("withdrawDossier", "WITHDRAWN", null, Map.of()),
            new Move("stopDossier", "STOPPED", null, Map.of("notice", "Dừng xử lý theo quy định")));

    @Test
    void receivingIssuesAReceiptWithCodeAppointmentAndSecret() {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        assertEquals(List.of(), receipt.getList("userErrors"));
        String code = receipt.getString("receipt.dossier.code");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        assertTrue(code.matches("SXD-" + today + "-\\d{4}"), code);
        assertEquals("RECEIVED", receipt.getString("receipt.dossier.status"));
        assertNotNull(receipt.getString("receipt.dossier.appointmentDate"));
        assertTrue(receipt.getString("receipt.lookupSecret").matches("[A-Z2-9]{8}"));
        assertTrue(receipt.getString("receipt.qrPayload").contains(code));
    }

    @Test
    void publicStatusNeedsTheSecretAndShowsNoPersonalData() {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        String code = receipt.getString("receipt.dossier.code");
        String secret = receipt.getString("receipt.lookupSecret");
        String query = "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) { code status statusCode"
                + " procedureName currentAgencyName appointmentDate overdue history { action status agencyName } } }";
        graphql(null, query, Map.of("c", code, "s", secret))
                .body("errors", nullValue())
                .body("data.dossierStatus.statusCode", equalTo(2))
                .body("data.dossierStatus.history.action", hasItem("RECEIVE"))
                .body(not(containsString("Nguyễn Văn An")));
        String wrongSecret = graphql(null, query, Map.of("c", code, "s", "WRONG234")).extract().asString();
        String unknownCode = graphql(null, query, Map.of("c", "SXD-000101-0001", "s", secret)).extract().asString();
        assertTrue(wrongSecret.contains("NOT_FOUND"), wrongSecret);
        assertEquals(wrongSecret.replace(code, "X"), unknownCode.replace("SXD-000101-0001", "X"),
                "a wrong secret and an unknown code must answer alike");
    }

    @Test
    void everyTransitionOfTheDomainTableIsAllowedAndEveryOtherRefused() {
        String manager = Tokens.manager();
        // a withdrawal is the applicant's act, recorded here at the counter on their request
        String counter = Tokens.counterOfficer();
        Map<String, Integer> checked = new java.util.TreeMap<>();
        for (String from : DOMAIN_TABLE.keySet()) {
            for (Move move : MOVES) {
                boolean expected = DOMAIN_TABLE.get(from).contains(move.target())
                        && (move.onlyFrom() == null || move.onlyFrom().equals(from))
                        && !(move.mutation().equals("transferDossier") && !Set.of("RECEIVED", "PROCESSING").contains(from));
                String code = dossierIn(from);
                Map<String, Object> input = new java.util.HashMap<>(move.extra());
                input.put("code", code);
                JsonPath result = act(move.mutation().equals("withdrawDossier") ? counter : manager, move.mutation(), input);
                String label = from + " --" + move.mutation() + "--> " + move.target();
                if (expected) {
                    assertEquals(List.of(), result.getList("userErrors"), label);
                    assertEquals(move.target(), result.getString("dossier.status"), label);
                } else {
                    assertEquals("INVALID_TRANSITION", result.getString("userErrors[0].code"), label);
                    assertNull(result.get("dossier"), label);
                    graphql(manager, "{ dossier(code: \"" + code + "\") { status } }")
                            .body("data.dossier.status", equalTo(from));
                }
                checked.merge(expected ? "allowed" : "refused", 1, Integer::sum);
            }
        }
        assertEquals(DOMAIN_TABLE.size() * MOVES.size(), checked.values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void theProcessingLogRecordsWhoDidWhat() {
        String code = dossierIn("RESULT_READY");
        graphql(Tokens.manager(), "{ dossier(code: \"" + code + "\") { processingLog { action fromStatus toStatus actor actorRole } } }")
                .body("errors", nullValue())
                .body("data.dossier.processingLog.action", equalTo(List.of("RECEIVE", "TRANSFER", "RECORD_RESULT")))
                .body("data.dossier.processingLog.toStatus", equalTo(List.of("RECEIVED", "PROCESSING", "RESULT_READY")))
                .body("data.dossier.processingLog[1].actorRole", equalTo("counter-officer"))
                .body("data.dossier.processingLog[2].actor", equalTo("officer-SXD"))
                .body("data.dossier.processingLog[2].actorRole", equalTo("department-officer"));
    }

    @Test
    void anotherAgencysOfficerCanNeitherActNorSee() {
        String code = dossierIn("PROCESSING");
        // outside the caller's reach a dossier answers exactly like an unknown one
        JsonPath refused = act(Tokens.departmentOfficer("STP"), "recordResult", Map.of("code", code));
        JsonPath unknown = act(Tokens.departmentOfficer("STP"), "recordResult", Map.of("code", "SXD-000101-0001"));
        assertEquals("NOT_FOUND", refused.getString("userErrors[0].code"));
        assertEquals(unknown.getString("userErrors[0].message").replace("SXD-000101-0001", code),
                refused.getString("userErrors[0].message"));
        graphql(Tokens.departmentOfficer("STP"), "{ dossiers(first: 100) { edges { node { code } } } }")
                .body("errors", nullValue())
                .body("data.dossiers.edges.node.code", not(hasItem(code)));
        // a filter only narrows: another agency's code reaches nothing
        graphql(Tokens.departmentOfficer("STP"), "{ dossiers(first: 10, filter: {agencyCode: \"SXD\"}) { totalCount } }")
                .body("errors", nullValue()).body("data.dossiers.totalCount", equalTo(0));
        // the partner agency of the right agency may act, and is logged under its client id
        JsonPath done = act(Tokens.partner("SXD"), "recordResult", Map.of("code", code));
        assertEquals("RESULT_READY", done.getString("dossier.status"));
    }

    @Test
    void citizensSeeTheirOwnDossiersOnly() {
        String mine = DossierFixtures.newApplicantId();
        String code = DossierFixtures.receive(mine).getString("receipt.dossier.code");
        String theirs = DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code");
        JsonPath page = graphql(Tokens.citizen(mine), "{ myDossiers(first: 10) { totalCount edges { node { id code applicant { idNumber } } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals(List.of(code), page.getList("data.myDossiers.edges.node.code"));
        String otherId = graphql(Tokens.manager(), "{ dossier(code: \"" + theirs + "\") { id } }").extract()
                .path("data.dossier.id");
        graphql(Tokens.citizen(mine), "{ node(id: \"" + otherId + "\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(Tokens.citizen(mine), "{ dossiers(first: 10) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aFinishedDossierIsRatedOnceByItsApplicant() {
        String applicant = DossierFixtures.newApplicantId();
        String code = DossierFixtures.receive(applicant).getString("receipt.dossier.code");
        String rate = "mutation($i: RateDossierInput!) { rateDossier(input: $i) { dossier { rating } userErrors { code } } }";
        graphql(Tokens.citizen(applicant), rate, Map.of("i", Map.of("code", code, "rating", 5)))
                .body("data.rateDossier.userErrors[0].code", equalTo("INVALID_TRANSITION"));
        act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode", "SXD"));
        act(Tokens.departmentOfficer("SXD"), "recordResult", Map.of("code", code));
        graphql(Tokens.citizen(applicant), rate, Map.of("i", Map.of("code", code, "rating", 6)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("input.rating: must be less than or equal to 5"));
        graphql(Tokens.citizen(DossierFixtures.newApplicantId()), rate, Map.of("i", Map.of("code", code, "rating", 4)))
                .body("data.rateDossier.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.citizen(applicant), rate, Map.of("i", Map.of("code", code, "rating", 4, "comment", "Nhanh")))
                .body("data.rateDossier.dossier.rating", equalTo(4));
        graphql(Tokens.citizen(applicant), rate, Map.of("i", Map.of("code", code, "rating", 1)))
                .body("data.rateDossier.userErrors[0].code", equalTo("ALREADY_EXISTS"));
    }

    @Test
    void anApologyMovesTheAppointmentAndKeepsTheOldOne() {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        String current = graphql(officer, "{ dossier(code: \"" + code + "\") { appointmentDate } }").extract()
                .path("data.dossier.appointmentDate");
        String apology = "mutation($i: IssueApologyInput!) { issueApology(input: $i) { dossier { appointmentDate"
                + " appointmentHistory { appointmentDate reason } } userErrors { field code } } }";
        graphql(officer, apology, Map.of("i", Map.of("code", code, "reason", "Chờ ý kiến liên ngành",
                "newAppointmentDate", current)))
                .body("data.issueApology.userErrors[0].field", equalTo("input.newAppointmentDate"));
        String later = LocalDate.parse(current).plusDays(7).toString();
        graphql(officer, apology, Map.of("i", Map.of("code", code, "reason", "Chờ ý kiến liên ngành",
                "newAppointmentDate", later)))
                .body("data.issueApology.dossier.appointmentDate", equalTo(later))
                .body("data.issueApology.dossier.appointmentHistory.appointmentDate", equalTo(List.of(current, later)))
                .body("data.issueApology.dossier.appointmentHistory.reason", equalTo(List.of("RECEIVED", "APOLOGY")));
    }

    @Test
    void badIntakeIsRefusedAndChangesNothing() {
        DossierFixtures.ensureProcedure();
        String receive = "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { receipt { lookupSecret }"
                + " userErrors { field code } } }";
        graphql(Tokens.counterOfficer(), receive, Map.of("i", Map.of("procedureCode", "0.000000", "channel", "DIRECT",
                "applicant", Map.of("fullName", "", "idNumber", "12"))))
                .body("data.receiveDossier.receipt", nullValue())
                .body("data.receiveDossier.userErrors.field", equalTo(List.of("input.procedureCode",
                        "input.applicant.fullName", "input.applicant.idNumber")));
        graphql(Tokens.citizen("001090000001"), receive, Map.of("i", Map.of("procedureCode", DossierFixtures.PROCEDURE,
                "channel", "DIRECT", "applicant", DossierFixtures.applicant("001090000001"))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath missing = act(Tokens.manager(), "recordResult", Map.of("code", "SXD-000101-9999"));
        assertEquals("NOT_FOUND", missing.getString("userErrors[0].code"));
    }

    @Test
    void twoHundredConcurrentIntakesGetTwoHundredDistinctCodes() throws Exception {
        DossierFixtures.ensureProcedure();
        List<Callable<String>> intakes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            intakes.add(() -> DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            Set<String> codes = new HashSet<>();
            for (Future<String> code : pool.invokeAll(intakes)) {
                assertNotNull(code.get());
                assertTrue(codes.add(code.get()), "duplicate code " + code.get());
            }
            assertEquals(200, codes.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentTransitionsHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = dossierIn("PROCESSING");
            String officer = Tokens.departmentOfficer("SXD");
            List<Callable<JsonPath>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean supplement = i % 2 == 0;
                racers.add(() -> supplement
                        ? act(officer, "requestSupplement", Map.of("code", code, "missingItems", List.of("Giấy tờ")))
                        : act(officer, "recordResult", Map.of("code", code)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                int winners = 0;
                for (Future<JsonPath> result : pool.invokeAll(racers)) {
                    JsonPath r = result.get();
                    if (r.getList("userErrors").isEmpty()) {
                        winners++;
                    } else {
                        assertTrue(Set.of("CONFLICT", "INVALID_TRANSITION").contains(r.getString("userErrors[0].code")),
                                r.prettify());
                    }
                }
                assertEquals(1, winners, "exactly one of the racing officers may win");
                graphql(Tokens.manager(), "{ dossier(code: \"" + code + "\") { processingLog { action } } }")
                        .body("data.dossier.processingLog.size()", equalTo(3));
            } finally {
                pool.shutdown();
            }
        }
    }

    /** Accepting an online dossier of a case variant read the variant through an unenhanced Panache call. */
    @Test
    void anOnlineDossierOfACaseVariantIsAcceptedWithTheVariantsDuration() {
        String manager = Tokens.manager();
        graphql(manager, "mutation { createProcedure(input: {code: \"9.000555\", name: \"Thủ tục có trường hợp\","
                + " agencyCode: \"SXD\", fieldCode: \"SXD-01\", level: PROVINCIAL, applicantTypes: [CITIZEN],"
                + " onlineLevel: FULL, channels: [{channel: ONLINE, processingDays: 10}],"
                + " cases: [{name: \"Trường hợp nhanh\", processingDays: 3}]}) { userErrors { code } } }");
        graphql(manager, "mutation { publishProcedure(input: {code: \"9.000555\", version: 1}) { userErrors { code } } }");
        String applicant = DossierFixtures.newApplicantId();
        String code = graphql(Tokens.citizen(applicant), "mutation { submitDossier(input: {procedureCode: \"9.000555\","
                + " casePosition: 1, centerCode: \"BLU\", applicant: {fullName: \"Lê Văn Tư\", idNumber: \"" + applicant
                + "\"}}) { receipt { dossier { code } } userErrors { code } } }")
                .body("data.submitDossier.userErrors", org.hamcrest.Matchers.empty())
                .extract().path("data.submitDossier.receipt.dossier.code");
        JsonPath accepted = act(Tokens.counterOfficer(), "acceptDossier", Map.of("code", code));
        assertEquals(List.of(), accepted.getList("userErrors"));
        assertEquals("RECEIVED", accepted.getString("dossier.status"));
        assertNotNull(accepted.getString("dossier.legalDueDate"));
    }

    @Test
    void statisticsArePublic() {
        dossierIn("RESULT_READY");
        String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);
        graphql("{ dossierStatistics(centerCode: \"BLU\", month: \"" + month + "\", groupBy: AGENCY) {"
                + " agencyCode received finished onTime late onTimeRate onlineRate } }")
                .body("errors", nullValue())
                .body("data.dossierStatistics.find { it.agencyCode == 'SXD' }.finished", notNullValue());
        graphql("{ dossierStatistics(centerCode: \"BLU\", month: \"2026-13\") { received } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
