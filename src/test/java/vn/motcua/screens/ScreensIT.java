package vn.motcua.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.motcua.support.GraphQLClient.graphqlAt;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.KeycloakResource;
import vn.motcua.support.SecondInstance;

/**
 * The service's own pages in a real browser, against an instance of the packaged application that trusts
 * the real Keycloak that {@code .ci/keycloak.sh} starts (the suite's own instance keeps the test provider:
 * started with KeycloakResource, its settings would stay with the instances of the tests that follow): {@code src/test/screens} (Node's test runner,
 * playwright-core driving Debian's Chromium, axe-core) gets a published procedure, a fresh receipt and the
 * hall's center from here, and keeps its pictures in {@code target/screens}. Runs where Keycloak and a
 * Chromium are named ({@code -Dmotcua.e2e.keycloak-url=... -Dmotcua.e2e.chromium=/usr/bin/chromium}, as
 * {@code .ci/run} does after {@code npm ci} in {@code src/test/screens}).
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = KeycloakResource.URL_PROPERTY, matches = ".+")
@EnabledIfSystemProperty(named = ScreensIT.CHROMIUM_PROPERTY, matches = ".+")
class ScreensIT {

    static final String CHROMIUM_PROPERTY = "motcua.e2e.chromium";
    static final Path TESTS = Path.of("src/test/screens");
    /** The realm's counter officer of BLU's counter Q01 (src/test/resources/keycloak/motcua-realm.json). */
    static final String COUNTER_USER = "counter-blu-q01";
    static final String COUNTER_PASSWORD = "counter-pass";

    @Test
    void thePagesWorkInARealBrowser() throws Exception {
        try (SecondInstance service = SecondInstance.trustingProvider(KeycloakResource.realmUrl(),
                KeycloakResource.realmUrl())) {
            inARealBrowser(service.baseUri);
        }
    }

    private static void inARealBrowser(String service) throws Exception {
        String counterOfficer = KeycloakResource.staff(COUNTER_USER, COUNTER_PASSWORD);
        Map<String, Object> procedure = procedureFiledAtTheCounter(service);
        JsonPath receipt = graphqlAt(service, counterOfficer, "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
                + " receipt { lookupSecret qrPayload dossier { code } } userErrors { code message } } }",
                Map.of("i", Map.of("procedureCode", procedure.get("code"), "channel", "DIRECT",
                        "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId()))))
                .extract().jsonPath().setRootPath("data.receiveDossier");
        assertNotNull(receipt.getString("receipt.dossier.code"), receipt.prettify());
        // the console's counter serves group A only, so that what it calls next is the kiosk's ticket
        String manager = KeycloakResource.staff("manager-blu", "manager-pass");
        graphqlAt(service, manager, "mutation($i: CounterProfileInput!) { setCounterProfile(input: $i) { userErrors { code } } }",
                Map.of("i", Map.of("centerCode", "BLU", "counterCode", "Q01", "groupCodes", List.of("A"))))
                .body("data.setCounterProfile.userErrors", org.hamcrest.Matchers.empty());
        String groupName = graphqlAt(service, null, "{ displayBoard(centerCode: \"BLU\") { waiting { groupCode groupName } } }",
                Map.of())
                .extract().jsonPath().getString("data.displayBoard.waiting.find { it.groupCode == 'A' }.groupName");

        File pictures = new File("target/screens").getAbsoluteFile();
        pictures.mkdirs();
        // the report goes to a file: a forked test JVM's own stdout is Surefire's channel
        File report = new File(pictures, "report.txt");
        ProcessBuilder tests = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec",
                "screens.test.mjs").directory(TESTS.toFile()).redirectErrorStream(true).redirectOutput(report);
        Map<String, String> env = new HashMap<>();
        env.put("BASE_URL", service);
        env.put("CHROMIUM", System.getProperty(CHROMIUM_PROPERTY));
        env.put("SCREENSHOTS", pictures.getPath());
        env.put("PROCEDURE_CODE", (String) procedure.get("code"));
        env.put("PROCEDURE_NAME", (String) procedure.get("name"));
        env.put("QR_URL", receipt.getString("receipt.qrPayload"));
        env.put("DOSSIER_CODE", receipt.getString("receipt.dossier.code"));
        env.put("HALL_CENTER", "BLU");
        env.put("HALL_GROUP", groupName);
        env.put("COUNTER_USER", COUNTER_USER);
        env.put("COUNTER_PASSWORD", COUNTER_PASSWORD);
        tests.environment().putAll(env);
        Process run = tests.start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("the browser tests did not finish within 5 minutes");
        }
        String output = Files.readString(report.toPath());
        System.out.println(output);
        assertEquals(0, run.exitValue(), "the browser tests failed:\n" + output);
    }

    /** A procedure of the demo catalogue that individuals file at a counter. */
    private static Map<String, Object> procedureFiledAtTheCounter(String service) {
        return graphqlAt(service, null, "{ procedures(first: 50, agencyCode: \"SXD\") { edges { node {"
                + " code name applicantTypes channels { channel } } } } }", Map.of()).extract().jsonPath()
                .<Map<String, Object>>getList("data.procedures.edges.node").stream()
                .filter(p -> ((List<?>) p.get("applicantTypes")).contains("CITIZEN")
                        && ((List<?>) p.get("channels")).contains(Map.of("channel", "DIRECT")))
                .findFirst().orElseThrow();
    }
}
