package vn.motcua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Roles x operations, from DOMAIN.md "Who may do what". Inputs name things that do not exist, so an
 * allowed call ends in a NOT_FOUND userError and changes nothing; a refused one is UNAUTHENTICATED
 * (no token) or FORBIDDEN.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuthorizationMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> ROLES = List.of(ANONYMOUS, "citizen", "counter-officer", "department-officer",
            "center-manager", "partner-agency", "administrator");
    static final Set<String> ALL = Set.copyOf(ROLES);
    static final Set<String> DOSSIER_READERS = Set.of("citizen", "counter-officer", "department-officer",
            "center-manager", "partner-agency");

    record Operation(String document, Set<String> allowed) {
    }

    static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("catalogue", new Operation("{ procedures(first: 1) { totalCount } agencies { code } }", ALL));
        OPERATIONS.put("statistics", new Operation("{ dossierStatistics(centerCode: \"BLU\", month: \"2026-01\") { received } }", ALL));
        OPERATIONS.put("dossierStatus", new Operation("{ dossierStatus(code: \"X\", secret: \"Y\") { status } }", ALL));
        OPERATIONS.put("displayBoard", new Operation("{ displayBoard(centerCode: \"BLU\") { centerCode } }", ALL));
        OPERATIONS.put("takeTicket", new Operation("mutation { takeTicket(input: {centerCode: \"BLU\", groupCode: \"ZZZ\"}) { userErrors { code } } }", ALL));
        OPERATIONS.put("createProcedure", new Operation("mutation { createProcedure(input: {code: \"0.0\", name: \"x\","
                + " agencyCode: \"NOPE\", fieldCode: \"NOPE\", level: PROVINCIAL, applicantTypes: [CITIZEN], onlineLevel: NONE,"
                + " channels: [{channel: DIRECT, processingDays: 1}]}) { userErrors { code } } }",
                Set.of("center-manager", "administrator")));
        OPERATIONS.put("importHolidays", new Operation("mutation { importHolidays(input: {days: []}) { userErrors { code } } }",
                Set.of("administrator")));
        OPERATIONS.put("createCenter", new Operation("mutation { createCenter(input: {code: \"\", name: \"\", province: \"\","
                + " parentCode: \"NOPE\"}) { userErrors { code } } }", Set.of("center-manager", "administrator")));
        OPERATIONS.put("withdrawDossier", new Operation("mutation { withdrawDossier(input: {code: \"NOPE\"}) { userErrors { code } } }",
                Set.of("citizen", "counter-officer")));
        OPERATIONS.put("createCounter", new Operation("mutation { createCounter(input: {centerCode: \"NOPE\", code: \"Q\","
                + " name: \"x\"}) { userErrors { code } } }", Set.of("center-manager")));
        OPERATIONS.put("serviceTimeStatistics", new Operation("{ serviceTimeStatistics(centerCode: \"BLU\", day: \"2026-01-05\") { served } }",
                Set.of("center-manager")));
        OPERATIONS.put("counters", new Operation("{ counters(centerCode: \"BLU\") { code } }", Set.of("center-manager", "counter-officer")));
        OPERATIONS.put("openCounter", new Operation("mutation { openCounter(input: {counterCode: \"NOPE\", centerCode: \"BLU\"}) { userErrors { code } } }",
                Set.of("counter-officer")));
        OPERATIONS.put("receiveDossier", new Operation("mutation { receiveDossier(input: {procedureCode: \"0.0\", channel: DIRECT,"
                + " centerCode: \"BLU\", applicant: {fullName: \"x\", idNumber: \"001090000001\"}}) { userErrors { code } } }",
                Set.of("counter-officer", "center-manager")));
        OPERATIONS.put("workList", new Operation("{ dossiers(first: 1) { totalCount } }",
                Set.of("counter-officer", "department-officer", "center-manager", "partner-agency")));
        OPERATIONS.put("recordResult", new Operation("mutation { recordResult(input: {code: \"NOPE\"}) { userErrors { code } } }",
                Set.of("department-officer", "center-manager", "partner-agency")));
        OPERATIONS.put("myDossiers", new Operation("{ myDossiers(first: 1) { totalCount } }", Set.of("citizen")));
        OPERATIONS.put("rateDossier", new Operation("mutation { rateDossier(input: {code: \"NOPE\", rating: 5}) { userErrors { code } } }",
                Set.of("citizen")));
        OPERATIONS.put("dossierByCode", new Operation("{ dossier(code: \"NOPE\") { code } }", DOSSIER_READERS));
    }

    @Test
    void everyRoleGetsExactlyWhatTheDomainAllows() {
        List<String> wrong = new ArrayList<>();
        for (var entry : OPERATIONS.entrySet()) {
            for (String role : ROLES) {
                JsonPath response = graphql(token(role), entry.getValue().document()).extract().jsonPath();
                String code = response.getString("errors[0].extensions.code");
                boolean refused = "UNAUTHENTICATED".equals(code) || "FORBIDDEN".equals(code);
                boolean allowed = entry.getValue().allowed().contains(role);
                if (allowed == refused) {
                    wrong.add(entry.getKey() + " as " + role + ": expected " + (allowed ? "allowed" : "refused")
                            + ", got " + response.prettify());
                }
                if (refused && !allowed) {
                    String expected = role.equals(ANONYMOUS) ? "UNAUTHENTICATED" : "FORBIDDEN";
                    if (!expected.equals(code)) {
                        wrong.add(entry.getKey() + " as " + role + ": expected " + expected + ", got " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static String token(String role) {
        return switch (role) {
            case ANONYMOUS -> null;
            case "citizen" -> Tokens.citizen("001090000001");
            case "counter-officer" -> Tokens.counterOfficer();
            case "department-officer" -> Tokens.departmentOfficer("SXD");
            case "center-manager" -> Tokens.manager();
            case "partner-agency" -> Tokens.partner("SXD");
            case "administrator" -> Tokens.administrator();
            default -> throw new IllegalArgumentException(role);
        };
    }
}
