package vn.motcua.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.SecondInstance;
import vn.motcua.support.Tokens;

/**
 * Stopping and crashing an instance of the packaged service (the binary in the native workflow) next to
 * the one the suite runs: SIGTERM drains, readiness first; kill -9 mid-intake loses no receipt it gave
 * and leaves no dossier half written.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ShutdownAndCrashIT {

    static final String RECEIVE = "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
            + " receipt { dossier { code } } userErrors { code } } }";

    @Test
    void sigtermTurnsReadinessDownFirstAndFinishesWhatIsInFlight() throws Exception {
        SecondInstance instance = SecondInstance.start("-Dquarkus.shutdown.delay=3S");
        try {
            Map<String, Integer> answers = new ConcurrentHashMap<>();
            AtomicBoolean readinessDown = new AtomicBoolean(false);
            AtomicBoolean answeredAfterReadinessDown = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        Response r = at(instance).contentType(ContentType.JSON)
                                .body(Map.of("query", "{ centers { code } }")).post("/graphql");
                        boolean ok = r.statusCode() == 200 && r.asString().contains("\"data\"");
                        answers.merge(ok ? "OK" : "HTTP " + r.statusCode(), 1, Integer::sum);
                        if (ok && readinessDown.get()) {
                            answeredAfterReadinessDown.set(true);
                        }
                    } catch (Exception gone) {
                        answers.merge("refused (exited)", 1, Integer::sum);
                    }
                }
            });
            client.start();
            Thread.sleep(1_000);
            instance.terminate();
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < deadline && !readinessDown.get()) {
                try {
                    readinessDown.set(at(instance).get("/q/health/ready").statusCode() == 503);
                } catch (Exception gone) {
                    break;
                }
                Thread.sleep(50);
            }
            Thread.sleep(1_000);
            assertTrue(instance.waitForExit(30), "exited after the delay");
            running.set(false);
            client.join(10_000);
            System.out.printf("[shutdown] answers %s; readiness down first: %s%n", answers, readinessDown.get());
            assertTrue(readinessDown.get(), "readiness turned DOWN after SIGTERM");
            assertTrue(answeredAfterReadinessDown.get(), "queries were still answered while readiness was down");
            assertEquals(List.of(), answers.keySet().stream().filter(k -> k.startsWith("HTTP")).toList(),
                    "no request failed halfway: " + answers);
        } finally {
            instance.close();
        }
    }

    @Test
    void aKillMidIntakeLosesNoReceiptAndLeavesNoDossierHalfWritten() throws Exception {
        DossierFixtures.ensureProcedure();
        Instant started = Instant.now().minusSeconds(1);
        SecondInstance instance = SecondInstance.start();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> officers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread officer = new Thread(() -> {
                while (running.get()) {
                    Map<String, Object> input = new HashMap<>(Map.of("procedureCode", DossierFixtures.PROCEDURE,
                            "channel", "DIRECT", "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId())));
                    try {
                        Response r = at(instance).auth().oauth2(Tokens.counterOfficer()).contentType(ContentType.JSON)
                                .body(Map.of("query", RECEIVE, "variables", Map.of("i", input))).post("/graphql");
                        String code = r.statusCode() == 200 ? r.jsonPath().getString("data.receiveDossier.receipt.dossier.code")
                                : null;
                        if (code != null) {
                            acknowledged.add(code);
                        }
                    } catch (Exception gone) {
                        // the instance died under this request: not acknowledged
                    }
                }
            });
            officer.start();
            officers.add(officer);
        }
        // kill it mid-burst: once the burst is under way (a fresh JVM's first answers are slow on a busy machine)
        Instant burstDeadline = Instant.now().plusSeconds(30);
        while (acknowledged.size() < 10 && Instant.now().isBefore(burstDeadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        instance.kill();
        running.set(false);
        for (Thread officer : officers) {
            officer.join(10_000);
        }
        assertTrue(acknowledged.size() > 5, "a burst of intake ran: " + acknowledged.size());
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres")) {
            Map<String, int[]> stored = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select d.code,
                           (select count(*) from dossier_event e where e.dossier_id = d.id and e.action = 'RECEIVE'),
                           (select count(*) from dossier_appointment a where a.dossier_id = d.id)
                    from dossier d where d.received_at >= ?""")) {
                ps.setTimestamp(1, Timestamp.from(started));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) });
                    }
                }
            }
            for (String code : acknowledged) {
                assertTrue(stored.containsKey(code), "acknowledged receipt " + code + " is in the database");
            }
            stored.forEach((code, parts) -> {
                assertEquals(1, parts[0], code + " has its receipt in the processing log");
                assertEquals(1, parts[1], code + " has its appointment on record");
            });
            System.out.printf("[crash] %d receipts acknowledged, %d dossiers stored, all whole%n", acknowledged.size(),
                    stored.size());
        }
        // the day's sequence continues after a restart, without reusing a code
        try (SecondInstance again = SecondInstance.start()) {
            Map<String, Object> input = Map.of("procedureCode", DossierFixtures.PROCEDURE, "channel", "DIRECT",
                    "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId()));
            String code = at(again).auth().oauth2(Tokens.counterOfficer()).contentType(ContentType.JSON)
                    .body(Map.of("query", RECEIVE, "variables", Map.of("i", input))).post("/graphql").jsonPath()
                    .getString("data.receiveDossier.receipt.dossier.code");
            assertTrue(code != null && !acknowledged.contains(code), "a new code after the crash: " + code);
        }
    }

    private static io.restassured.specification.RequestSpecification at(SecondInstance instance) {
        return given().baseUri(instance.baseUri).port(java.net.URI.create(instance.baseUri).getPort());
    }
}
