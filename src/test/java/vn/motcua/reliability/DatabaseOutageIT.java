package vn.motcua.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ControllablePostgresResource;

/**
 * PostgreSQL stops for several seconds under a steady stream of queries and writes, against the packaged
 * service: calls fail fast and clearly (SERVICE_UNAVAILABLE, never a hang, a 500 or INTERNAL_ERROR),
 * readiness reports down, the service serves again by itself, and every acknowledged write is there once.
 */
@QuarkusIntegrationTest
@WithTestResource(ControllablePostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DatabaseOutageIT {

    static final String TAKE = "mutation { takeTicket(input: {centerCode: \"BLU\", groupCode: \"A\"}) {"
            + " ticket { number } userErrors { code } } }";
    /**
     * The pool waits 3 s for a connection (application.properties), so a refusal takes about 4 s here;
     * the bound leaves room for a busy CI machine and still tells a refusal from a hang (15 s socket timeout).
     */
    static final long SLOWEST_REFUSAL_MS = 7_000;

    @Test
    void anOutageIsAnsweredFastAndClearlyAndNoAcknowledgedWriteIsLost() throws Exception {
        graphql("{ centers { code } }").body("errors", nullValue());
        Instant started = Instant.now().minusSeconds(1);
        RestAssuredConfig timeouts = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 15_000).setParam("http.connection.timeout", 5_000));
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean down = new AtomicBoolean(false);
        AtomicLong slowestWhileDown = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (String document : List.of(TAKE, TAKE, "{ centers { code name } }")) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    boolean outage = down.get();
                    long t0 = System.nanoTime();
                    Response response = given().config(timeouts).contentType(ContentType.JSON)
                            .body(Map.of("query", document)).post("/graphql");
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    if (outage) {
                        slowestWhileDown.accumulateAndGet(millis, Math::max);
                    }
                    JsonPath json = response.jsonPath();
                    String code = response.statusCode() != 200 ? "HTTP " + response.statusCode()
                            : json.getString("errors[0].extensions.code") != null ? json.getString("errors[0].extensions.code")
                            : "OK";
                    answers.merge(code, 1, Integer::sum);
                    String number = document == TAKE && response.statusCode() == 200
                            ? json.getString("data.takeTicket.ticket.number") : null;
                    if (number != null) {
                        acknowledged.add(number);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(2_000);
        ControllablePostgresResource.stopServer();
        down.set(true);
        Thread.sleep(3_000);
        int readiness = given().get("/q/health/ready").statusCode();
        Thread.sleep(3_000);
        down.set(false);
        ControllablePostgresResource.startServer();
        long recovered = System.nanoTime();
        while (!"OK".equals(code(graphql("{ centers { code } }").extract().jsonPath()))) {
            assertTrue(System.nanoTime() - recovered < 30_000_000_000L, "no recovery within 30 s");
            Thread.sleep(200);
        }
        long recoveryMillis = (System.nanoTime() - recovered) / 1_000_000;
        Thread.sleep(2_000);
        running.set(false);
        for (Thread client : clients) {
            client.join(20_000);
        }
        System.out.printf("[outage] answers %s; slowest while down %d ms; recovered %d ms after restart; %d writes"
                + " acknowledged%n", answers, slowestWhileDown.get(), recoveryMillis, acknowledged.size());

        assertEquals(503, readiness, "readiness is down during the outage");
        assertTrue(answers.getOrDefault("SERVICE_UNAVAILABLE", 0) > 0, "the outage was seen: " + answers);
        assertEquals(Map.of(), withoutExpected(answers), "only answers, SERVICE_UNAVAILABLE refusals and nothing else");
        assertTrue(slowestWhileDown.get() <= SLOWEST_REFUSAL_MS, "slowest answer while down: " + slowestWhileDown.get());
        try (Connection c = DriverManager.getConnection(ControllablePostgresResource.jdbcUrl(), "postgres", "postgres");
                PreparedStatement ps = c.prepareStatement("select number, count(*) from ticket t join center ce on"
                        + " ce.id = t.center_id where ce.code = 'BLU' and t.taken_at >= ? group by number")) {
            ps.setTimestamp(1, Timestamp.from(started));
            Map<String, Integer> stored = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2));
                }
            }
            for (String number : acknowledged) {
                assertEquals(1, stored.getOrDefault(number, 0), "acknowledged ticket " + number + " stored once");
            }
            assertEquals(acknowledged.size(), new java.util.HashSet<>(acknowledged).size(), "no number acknowledged twice");
        }
    }

    private static String code(JsonPath json) {
        String code = json.getString("errors[0].extensions.code");
        return code == null ? "OK" : code;
    }

    private static Map<String, Integer> withoutExpected(Map<String, Integer> answers) {
        Map<String, Integer> other = new java.util.HashMap<>(answers);
        other.remove("OK");
        other.remove("SERVICE_UNAVAILABLE");
        return other;
    }
}
