package vn.motcua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** The OWASP GraphQL Cheat Sheet cases: each is refused with a clear answer and no data. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class HardeningTest {

    static final String MANAGER_QUERY = "{ counters(centerCode: \"BLU\") { code } }";
    static final String CREATE_CENTER = "mutation { createCenter(input: {code: \"GET1\", name: \"x\", province: \"y\"}) { center { code } } }";

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        // the deepest client operation has 7 levels; introspection nests as deep as anyone likes
        graphql("{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        graphql("{ dossiers: procedures(first: 1) { edges { node { field { agency { code } } } } } }")
                .body("errors", nullValue());
    }

    @Test
    void aPageSizeInTheVariablesCostsWhatItWouldInline() {
        // it did not: a variable's JSON number was not an Integer, so a page of 100 cost as one item
        String documents = IntStream.range(0, 10).mapToObj(i -> "d" + i + ": documents { name originals copies }")
                .collect(Collectors.joining(" "));
        String channels = IntStream.range(0, 10).mapToObj(i -> "c" + i + ": channels { channel processingDays feeVnd }")
                .collect(Collectors.joining(" "));
        String page = "query($n: Int!) { procedures(first: $n) { edges { node { code name onlineLevel agency { code name }"
                + " field { code name } documents { name originals copies } channels { channel processingDays feeVnd }"
                + " cases { name processingDays } " + documents + " " + channels + " } } } }";
        graphql(null, page, Map.of("n", 100)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        // parsed and validated once (the document cache), costed again on every call with that call's variables
        graphql(null, page, Map.of("n", 1)).body("errors", nullValue());
        graphql(null, page, Map.of("n", 100)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void aConditionInTheVariablesCostsWhatItIncludes() {
        // cost and depth are remembered per document and page size, except where a variable decides what runs
        String channels = IntStream.range(0, 19).mapToObj(i -> "c" + i + ": channels { channel processingDays feeVnd"
                + " feeNote }").collect(Collectors.joining(" "));
        String page = "query($all: Boolean!) { centers { code } procedures(first: 100) @include(if: $all) { edges {"
                + " node { code name onlineLevel agency { code name } field { code name } " + channels + " } } } }";
        for (int call = 0; call < 2; call++) {
            graphql(null, page, Map.of("all", false)).body("errors", nullValue());
            graphql(null, page, Map.of("all", true)).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        }
    }

    @Test
    void twoHundredAliasesOfOneFieldAreRefused() {
        String aliases = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": centers { code name }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        for (int call = 0; call < 2; call++) { // a refused document is not kept: refused again in full
            graphql(aliases).body("data", nullValue()).body("errors[0].message", containsString("aliases"))
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        }
    }

    @Test
    void aBatchedArrayOfOperationsIsRefused() {
        String body = "[{\"query\": \"{ centers { code } }\"}, {\"query\": \"{ agencies { code } }\"}]";
        String response = given().contentType(ContentType.JSON).body(body).post("/graphql").then()
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(response.contains("\"centers\""), response);
    }

    @Test
    void getAndFormEncodedRequestsAreRefusedAndChangeNothing() {
        given().queryParam("query", CREATE_CENTER).auth().oauth2(Tokens.manager()).get("/graphql")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().queryParam("query", "{ centers { code } }").get("/graphql")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        // a form post is not parsed as a GraphQL request at all
        given().contentType(ContentType.URLENC).formParam("query", CREATE_CENTER).auth().oauth2(Tokens.manager())
                .post("/graphql").then().body("data", nullValue()).body("errors[0].message", equalTo("Unparseable request"));
        graphql("{ centers { code } }").body("data.centers.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("GET1")));
    }

    @Test
    void everyErrorCarriesACode() {
        // a document that does not parse is refused by Quarkus's HTTP handler before the engine sees it:
        // clear message, no data, but no code (see frontend-contract/README.md)
        graphql("{ centers { code ").body("data", nullValue()).body("errors[0].message", equalTo("Unparseable input document"));
        graphql("{ centers { noSuchField } }").body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        graphql("{ procedures(first: 101) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(MANAGER_QUERY).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = Jwt.preferredUserName("manager").groups(Set.of("center-manager")).issuer(Tokens.ISSUER)
                .audience(Tokens.ISSUER).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().keyId("1").sign("privateKey.jwk");
        refused(expired);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.preferredUserName("manager").groups(Set.of("center-manager")).issuer(Tokens.ISSUER)
                .audience(Tokens.ISSUER).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        refused(forged);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String elsewhere = Jwt.preferredUserName("manager").groups(Set.of("center-manager")).issuer(Tokens.ISSUER)
                .audience("https://another-service.example.com").jws().keyId("1").sign("privateKey.jwk");
        refused(elsewhere);
    }

    @Test
    void theRightTokenIsAccepted() {
        graphql(Tokens.manager(), MANAGER_QUERY).body("errors", nullValue()).body("data.counters", notNullValue());
    }

    private static void refused(String token) {
        given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", MANAGER_QUERY)).post("/graphql")
                .then().statusCode(401).body(org.hamcrest.Matchers.not(containsString("\"counters\"")));
    }
}
