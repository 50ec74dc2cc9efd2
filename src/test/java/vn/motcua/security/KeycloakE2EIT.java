package vn.motcua.security;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;
import static vn.motcua.support.KeycloakResource.citizen;
import static vn.motcua.support.KeycloakResource.clientCredentials;
import static vn.motcua.support.KeycloakResource.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.KeycloakResource;

/**
 * End to end against a real Keycloak (started by .ci/keycloak.sh) and the packaged service: real tokens
 * from the password grant for people (staff scope from their user attributes) and the client-credentials
 * grant for the partner agencies. The realm holds two centers' staff (BLU, CMU), two agencies (SXD, STP),
 * two counter officers of BLU with different counters, two citizens, two partners, two managers.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(KeycloakResource.class)
@EnabledIfSystemProperty(named = KeycloakResource.URL_PROPERTY, matches = ".+")
class KeycloakE2EIT {

    static final String PROCEDURE = "9.100001";
    static final String CITIZEN_A = "001090000123";
    static final String CITIZEN_B = "001090000456";

    private static boolean prepared;

    /** CMU and a procedure to file, once per run (RestAssured knows the service's port only inside a test). */
    @BeforeEach
    void cmuAndAProcedure() {
        if (prepared) {
            return;
        }
        prepared = true;
        String admin = staff("admin-motcua", "admin-pass");
        graphql(admin, "mutation { createCenter(input: {code: \"CMU\", name: \"Trung tâm Phục vụ hành chính công tỉnh"
                + " Cà Mau\", province: \"Cà Mau\"}) { userErrors { code } } }").body("errors", nullValue());
        String manager = staff("manager-blu", "manager-pass");
        graphql(manager, "mutation { createProcedure(input: {code: \"" + PROCEDURE + "\", name: \"Thủ tục kiểm thử đầu cuối\","
                + " agencyCode: \"SXD\", fieldCode: \"SXD-01\", level: PROVINCIAL, applicantTypes: [CITIZEN],"
                + " onlineLevel: FULL, channels: [{channel: DIRECT, processingDays: 5}, {channel: ONLINE, processingDays: 5}]})"
                + " { userErrors { code } } }").body("errors", nullValue());
        graphql(manager, "mutation { publishProcedure(input: {code: \"" + PROCEDURE + "\", version: 1}) { userErrors { code } } }")
                .body("errors", nullValue());
    }

    @Test
    void realTokensCarryEachRoleThroughTheDossierLifecycle() {
        String counter = staff("counter-blu-q01", "counter-pass");
        String officer = staff("officer-sxd", "officer-pass");
        String citizen = citizen(CITIZEN_A);
        String partner = clientCredentials("partner-sxd");

        String code = receive(counter, CITIZEN_A);
        graphql(counter, "mutation { transferDossier(input: {code: \"" + code + "\", toAgencyCode: \"SXD\"}) { userErrors { code } } }")
                .body("data.transferDossier.userErrors", empty());

        // the partner agency sees it and records the result, logged under its client id
        graphql(partner, "{ dossier(code: \"" + code + "\") { status } }").body("data.dossier.status", equalTo("PROCESSING"));
        graphql(partner, "mutation { recordResult(input: {code: \"" + code + "\"}) { dossier { status } userErrors { code } } }")
                .body("data.recordResult.dossier.status", equalTo("RESULT_READY"));
        graphql(officer, "{ dossier(code: \"" + code + "\") { processingLog { action actor actorRole } } }")
                .body("data.dossier.processingLog[2].actor", equalTo("partner-sxd"))
                .body("data.dossier.processingLog[2].actorRole", equalTo("partner-agency"));

        // the citizen finds it among their own and rates it
        graphql(citizen, "{ myDossiers(first: 100) { edges { node { code } } } }")
                .body("data.myDossiers.edges.node.code", hasItem(code));
        graphql(citizen, "mutation { rateDossier(input: {code: \"" + code + "\", rating: 5}) { dossier { rating } userErrors { code } } }")
                .body("data.rateDossier.dossier.rating", equalTo(5));

        // and a citizen's token opens nothing that is the staff's
        graphql(citizen, "{ dossiers(first: 1) { totalCount } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(partner, "{ counters(centerCode: \"BLU\") { code } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql("{ procedure(code: \"" + PROCEDURE + "\") { name } }").body("errors", nullValue());
    }

    @Test
    void anotherCentersStaffReachNothingOfThisCenter() {
        String bluCounter = staff("counter-blu-q01", "counter-pass");
        String cmuCounter = staff("counter-cmu-q01", "counter-pass");
        String bluDossier = receive(bluCounter, "001090000777");

        // BLU's dossiers do not exist for CMU's officer: not listed, not opened, not withdrawn
        graphql(cmuCounter, "{ dossiers(first: 100) { totalCount edges { node { code } } } }")
                .body("data.dossiers.edges.node.code", not(hasItem(bluDossier)));
        graphql(cmuCounter, "{ dossier(code: \"" + bluDossier + "\") { code } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertLikeUnknown(cmuCounter, "withdrawDossier", bluDossier);
        // CMU's officer neither receives at BLU nor opens BLU's counters
        graphql(cmuCounter, "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { userErrors { field code } } }",
                Map.of("i", receiveInput(CITIZEN_B, "BLU")))
                .body("data.receiveDossier.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(cmuCounter, "mutation { openCounter(input: {counterCode: \"Q01\", centerCode: \"BLU\"}) { userErrors { code } } }")
                .body("data.openCounter.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(cmuCounter, "{ counters(centerCode: \"BLU\") { code officer } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(bluCounter, "{ counters(centerCode: \"BLU\") { code } }").body("errors", nullValue());

        // managers manage their own center only
        String bluManager = staff("manager-blu", "manager-pass");
        String cmuManager = staff("manager-cmu", "manager-pass");
        graphql(bluManager, "mutation { createCounter(input: {centerCode: \"CMU\", code: \"QX\", name: \"x\"}) { userErrors { code } } }")
                .body("data.createCounter.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(cmuManager, "mutation { createServiceGroup(input: {centerCode: \"BLU\", code: \"ZZ\", name: \"x\","
                + " agencyCodes: [\"SXD\"]}) { userErrors { code } } }")
                .body("data.createServiceGroup.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(cmuManager, "mutation { createCounter(input: {centerCode: \"CMU\", code: \"Q09\", name: \"Quầy 9\"}) {"
                + " counter { code } userErrors { code } } }").body("data.createCounter.counter.code", equalTo("Q09"));
        graphql(bluManager, "mutation { createCenter(input: {code: \"CMU-2\", name: \"x\", province: \"Cà Mau\","
                + " parentCode: \"CMU\"}) { userErrors { code } } }")
                .body("data.createCenter.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCounterOfficerActsOnlyAtTheCounterTheTokenNames() {
        String q01 = staff("counter-blu-q01", "counter-pass");
        String q02 = staff("counter-blu-q02", "counter-pass");
        graphql(q01, "mutation { openCounter(input: {counterCode: \"Q02\"}) { userErrors { code } } }")
                .body("data.openCounter.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(q02, "mutation { openCounter(input: {counterCode: \"Q02\"}) { counter { status } userErrors { code } } }")
                .body("data.openCounter.counter.status", equalTo("OPEN"));
        graphql(q01, "mutation { closeCounter(input: {counterCode: \"Q02\"}) { userErrors { code } } }")
                .body("data.closeCounter.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(q02, "mutation { closeCounter(input: {counterCode: \"Q02\"}) { counter { status } } }")
                .body("data.closeCounter.counter.status", equalTo("CLOSED"));
    }

    @Test
    void theApplicantsActsAreTheApplicants() {
        String citizenA = citizen(CITIZEN_A);
        String citizenB = citizen(CITIZEN_B);
        // online submission is in one's own name
        graphql(citizenA, "mutation($i: SubmitDossierInput!) { submitDossier(input: $i) { receipt { dossier { code } }"
                + " userErrors { field code } } }", Map.of("i", Map.of("procedureCode", PROCEDURE, "centerCode", "BLU",
                        "applicant", DossierFixtures.applicant(CITIZEN_B))))
                .body("data.submitDossier.receipt", nullValue())
                .body("data.submitDossier.userErrors[0].field", equalTo("input.applicant.idNumber"));
        String own = graphql(citizenA, "mutation($i: SubmitDossierInput!) { submitDossier(input: $i) {"
                + " receipt { dossier { code } } userErrors { code } } }", Map.of("i", Map.of("procedureCode", PROCEDURE,
                        "centerCode", "BLU", "applicant", DossierFixtures.applicant(CITIZEN_A))))
                .body("data.submitDossier.userErrors", empty())
                .extract().path("data.submitDossier.receipt.dossier.code");
        graphql(citizenB, "{ myDossiers(first: 100) { edges { node { code } } } }")
                .body("data.myDossiers.edges.node.code", not(hasItem(own)));
        // nobody but the applicant withdraws: not B, not the agency, not its partner
        assertLikeUnknown(citizenB, "withdrawDossier", own);
        graphql(staff("officer-sxd", "officer-pass"), "mutation { withdrawDossier(input: {code: \"" + own + "\"}) { userErrors { code } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(clientCredentials("partner-sxd"), "mutation { withdrawDossier(input: {code: \"" + own + "\"}) { userErrors { code } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(citizenA, "mutation { withdrawDossier(input: {code: \"" + own + "\"}) { dossier { status } userErrors { code } } }")
                .body("data.withdrawDossier.dossier.status", equalTo("WITHDRAWN"));
    }

    @Test
    void partnersReachOnlyTheirAgencysDossiersAndTheCounterTakesSupplements() {
        String counter = staff("counter-blu-q01", "counter-pass");
        String code = receive(counter, "001090000999");
        graphql(counter, "mutation { transferDossier(input: {code: \"" + code + "\", toAgencyCode: \"SXD\"}) { userErrors { code } } }")
                .body("data.transferDossier.userErrors", empty());
        assertLikeUnknown(clientCredentials("partner-stp"), "recordResult", code);
        assertLikeUnknown(staff("officer-stp", "officer-pass"), "recordResult", code);
        String partner = clientCredentials("partner-sxd");
        graphql(partner, "mutation { requestSupplement(input: {code: \"" + code + "\", missingItems: [\"Bản vẽ\"]}) {"
                + " dossier { status } } }").body("data.requestSupplement.dossier.status", equalTo("SUPPLEMENT_REQUESTED"));
        // the citizen hands the supplement in at the counter
        graphql(counter, "mutation { receiveSupplement(input: {code: \"" + code + "\"}) { dossier { status } userErrors { code } } }")
                .body("data.receiveSupplement.dossier.status", equalTo("PROCESSING"));
        graphql(partner, "mutation { recordResult(input: {code: \"" + code + "\"}) { dossier { status } } }")
                .body("data.recordResult.dossier.status", equalTo("RESULT_READY"));
        // once the result is ready, withdrawal is no longer an edge of the lifecycle
        graphql(counter, "mutation { withdrawDossier(input: {code: \"" + code + "\"}) { userErrors { code } } }")
                .body("data.withdrawDossier.userErrors[0].code", equalTo("INVALID_TRANSITION"));
    }

    /** Refused on an existing code exactly as on an unknown one: no existence oracle. */
    private static void assertLikeUnknown(String token, String mutation, String code) {
        String document = "mutation($c: String!) { " + mutation + "(input: {code: $c}) { dossier { code } userErrors { field code message } } }";
        JsonPath existing = graphql(token, document, Map.of("c", code)).extract().jsonPath();
        JsonPath unknown = graphql(token, document, Map.of("c", "SXD-000101-0001")).extract().jsonPath();
        String path = "data." + mutation + ".userErrors[0]";
        assertEquals("NOT_FOUND", existing.getString(path + ".code"), mutation + " " + code);
        assertEquals(unknown.getString(path + ".message").replace("SXD-000101-0001", code), existing.getString(path + ".message"));
    }

    private static String receive(String counter, String applicant) {
        return graphql(counter, "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
                + " receipt { dossier { code } } userErrors { code message } } }", Map.of("i", receiveInput(applicant, null)))
                .body("data.receiveDossier.userErrors", empty())
                .extract().path("data.receiveDossier.receipt.dossier.code");
    }

    private static Map<String, Object> receiveInput(String applicant, String centerCode) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("procedureCode", PROCEDURE, "channel", "DIRECT",
                "applicant", DossierFixtures.applicant(applicant)));
        if (centerCode != null) {
            input.put("centerCode", centerCode);
        }
        return input;
    }
}
