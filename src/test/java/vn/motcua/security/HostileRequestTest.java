package vn.motcua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * No anonymous request can hurt anyone else (issue 11): every input is bounded before work starts, each
 * operation costs what it weighs, and the worst requests of each kind leave a normal client unharmed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class HostileRequestTest {

    /** The normal client's p99 while attackers send the worst requests, on a 2-core machine shared by all. */
    static final long NORMAL_P99_BOUND_MS = 1_000;

    @OidcWireMock
    WireMockServer provider;

    static final String SEARCH = "query($s: String) { procedures(first: 5, search: $s) { totalCount } }";

    @Test
    void searchesAreBoundedBeforeAnyWork() {
        for (String bad : List.of("a".repeat(100_000), "giấy ".repeat(41), "dang ky " + "x".repeat(41),
                IntStream.range(0, 17).mapToObj(i -> "tu" + i).collect(Collectors.joining(" ")))) {
            graphql(null, SEARCH, Map.of("s", bad)).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        graphql(null, SEARCH, Map.of("s", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ tại đô thị"))
                .body("errors", nullValue());
    }

    @Test
    void statisticsWeighWhatTheyCost() {
        String four = IntStream.range(0, 4).mapToObj(i -> "s" + i + ": dossierStatistics(centerCode: \"BLU\", month: \"2026-0"
                + (i + 1) + "\") { finished }").collect(Collectors.joining(" ", "{ ", " }"));
        graphql(four).body("data", nullValue()).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        graphql("{ dossierStatistics(centerCode: \"BLU\", month: \"2026-01\") { finished late } }")
                .body("errors", nullValue());
    }

    @Test
    void aliasesAndRepeatedDirectivesAreCapped() {
        String aliases = IntStream.range(0, 21).mapToObj(i -> "a" + i + ": __typename").collect(Collectors.joining(" ", "{ ", " }"));
        graphql(aliases).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        graphql("{ __typename @skip(if: false) @skip(if: false) }").body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        String unknown = IntStream.range(0, 11).mapToObj(i -> "@d" + i).collect(Collectors.joining(" ", "{ __typename ", " }"));
        graphql(unknown).body("errors.size()", equalTo(1)).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void thePromisedTokenLimitHolds() {
        // about 3,600 tokens parse (and are then refused for their aliases); about 5,600 never parse
        String under = IntStream.range(0, 900).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
        graphql(under).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        String over = IntStream.range(0, 1_400).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
        String body = given().contentType(ContentType.JSON).body(Map.of("query", over)).post("/graphql").then()
                .extract().asString();
        assertTrue(body.contains("Unparseable input document") && !body.contains("\"data\""), body);
    }

    @Test
    void textWithNulOrBrokenUnicodeIsRefusedBeforeAnyQuery() {
        for (String bad : List.of("1.000\u0000948", "abc\ud800", "\udc00")) {
            graphql(null, "query($c: String!) { procedure(code: $c) { name } }", Map.of("c", bad))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        // nested in an input too
        graphql(Tokens.counterOfficer(), "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { userErrors { code } } }",
                Map.of("i", Map.of("procedureCode", "1.000948", "channel", "DIRECT",
                        "applicant", Map.of("fullName", "Nguyễn\u0000An", "idNumber", "001090000001"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aTokenWithAnUnknownKeyIsRefusedWithoutAskingTheProvider() throws Exception {
        provider.resetRequests();
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.preferredUserName("mallory").groups(java.util.Set.of("center-manager"))
                .issuer(Tokens.ISSUER).audience(Tokens.ISSUER).jws().keyId("forged-key")
                .sign(generator.generateKeyPair().getPrivate());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("query", "{ centers { code } }"))
                    .post("/graphql").then().statusCode(401);
        }
        assertEquals(0, provider.findAll(WireMock.postRequestedFor(WireMock.urlMatching(".*introspect.*"))).size(),
                "no introspection call per forged token");
    }

    @Test
    void theWorstRequestsLeaveANormalClientUnharmed() throws Exception {
        List<Map<String, Object>> worst = List.of(
                Map.of("query", SEARCH, "variables", Map.of("s", "a".repeat(1_000_000))),
                Map.of("query", IntStream.range(0, 20).mapToObj(i -> "s" + i + ": dossierStatistics(centerCode: \"BLU\","
                        + " month: \"2026-01\") { finished }").collect(Collectors.joining(" ", "{ ", " }"))),
                Map.of("query", IntStream.range(0, 5_000).mapToObj(i -> "a" + i + ": __typename")
                        .collect(Collectors.joining(" ", "{ ", " }"))),
                Map.of("query", "query($c: String!) { procedure(code: $c) { name } }", "variables", Map.of("c", "\u0000")));
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService attackers = Executors.newFixedThreadPool(4);
        for (int a = 0; a < 4; a++) {
            int first = a;
            attackers.submit(() -> {
                for (int i = first; running.get(); i++) {
                    given().contentType(ContentType.JSON).body(worst.get(i % worst.size())).post("/graphql").then()
                            .extract().asString();
                }
                return null;
            });
        }
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                long started = System.nanoTime();
                graphql("{ centers { code name } }").statusCode(200).body("errors", nullValue());
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            running.set(false);
            attackers.shutdown();
            attackers.awaitTermination(30, TimeUnit.SECONDS);
        }
        Collections.sort(millis);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        System.out.printf("[hostile] normal client under attack: p50 %d ms, p99 %d ms, max %d ms%n",
                millis.get(millis.size() / 2), p99, millis.get(millis.size() - 1));
        assertTrue(p99 <= NORMAL_P99_BOUND_MS, "normal client's p99 " + p99 + " ms over " + NORMAL_P99_BOUND_MS);
    }
}
