package vn.motcua.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * The service's own pages in a real browser, against the packaged application: {@code src/test/screens}
 * (Node's test runner, playwright-core driving Debian's Chromium, axe-core) gets a published procedure
 * and a fresh receipt from here, and keeps its pictures in {@code target/screens}. Runs where a Chromium
 * is named ({@code -Dmotcua.screens.chromium=/usr/bin/chromium}, as {@code .ci/run} does, after
 * {@code npm ci} in {@code src/test/screens}).
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = ScreensIT.CHROMIUM_PROPERTY, matches = ".+")
class ScreensIT {

    static final String CHROMIUM_PROPERTY = "motcua.screens.chromium";
    static final Path TESTS = Path.of("src/test/screens");

    @Test
    void thePagesWorkInARealBrowser() throws Exception {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        String procedureName = graphql(null, "query($c: String!) { procedure(code: $c) { name } }",
                Map.of("c", DossierFixtures.PROCEDURE)).extract().path("data.procedure.name");
        File pictures = new File("target/screens").getAbsoluteFile();
        pictures.mkdirs();
        // the report goes to a file: a forked test JVM's own stdout is Surefire's channel
        File report = new File(pictures, "report.txt");
        ProcessBuilder tests = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec",
                "screens.test.mjs").directory(TESTS.toFile()).redirectErrorStream(true).redirectOutput(report);
        tests.environment().putAll(Map.of(
                "BASE_URL", RestAssured.baseURI + ":" + RestAssured.port,
                "CHROMIUM", System.getProperty(CHROMIUM_PROPERTY),
                "SCREENSHOTS", pictures.getPath(),
                "PROCEDURE_CODE", DossierFixtures.PROCEDURE,
                "PROCEDURE_NAME", procedureName,
                "QR_URL", receipt.getString("receipt.qrPayload"),
                "DOSSIER_CODE", receipt.getString("receipt.dossier.code")));
        Process run = tests.start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("the browser tests did not finish within 5 minutes");
        }
        String output = Files.readString(report.toPath());
        System.out.println(output);
        assertEquals(0, run.exitValue(), "the browser tests failed:\n" + output);
    }
}
