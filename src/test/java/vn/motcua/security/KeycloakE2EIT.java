package vn.motcua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.KeycloakResource;

/**
 * End to end against a real Keycloak (started by .ci/keycloak.sh) and the packaged service: real
 * tokens from the password grant for people and the client-credentials grant for the partner agency.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(KeycloakResource.class)
@EnabledIfSystemProperty(named = KeycloakResource.URL_PROPERTY, matches = ".+")
class KeycloakE2EIT {

    @Test
    void realTokensCarryEachRoleThroughTheDossierLifecycle() {
        String counter = password("motcua-staff-sxd", "counter-q01", "counter-pass");
        String officer = password("motcua-staff-sxd", "officer-sxd", "officer-pass");
        String manager = password("motcua-staff-sxd", "manager", "manager-pass");
        String citizen = password("motcua-app", "001090000123", "citizen-pass");
        String partner = clientCredentials("partner-sxd", "partner-sxd-secret");

        // the manager publishes the procedure the desk will receive
        graphql(manager, "mutation { createProcedure(input: {code: \"9.100001\", name: \"Thủ tục kiểm thử đầu cuối\","
                + " agencyCode: \"SXD\", fieldCode: \"SXD-01\", level: PROVINCIAL, applicantTypes: [CITIZEN],"
                + " onlineLevel: NONE, channels: [{channel: DIRECT, processingDays: 5}]}) { userErrors { code } } }")
                .body("data.createProcedure.userErrors", empty());
        graphql(manager, "mutation { publishProcedure(input: {code: \"9.100001\", version: 1}) { userErrors { code } } }")
                .body("data.publishProcedure.userErrors", empty());

        String code = graphql(counter, "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
                + " receipt { dossier { code } } userErrors { code message } } }", Map.of("i", Map.of("procedureCode", "9.100001",
                        "channel", "DIRECT", "applicant", DossierFixtures.applicant("001090000123"))))
                .body("data.receiveDossier.userErrors", empty())
                .extract().path("data.receiveDossier.receipt.dossier.code");
        graphql(counter, "mutation { transferDossier(input: {code: \"" + code + "\", toAgencyCode: \"SXD\"}) { userErrors { code } } }")
                .body("data.transferDossier.userErrors", empty());

        // the partner agency sees it in its work list and records the result, logged under its client id
        graphql(partner, "{ dossier(code: \"" + code + "\") { status } }").body("data.dossier.status", equalTo("PROCESSING"));
        graphql(partner, "mutation { recordResult(input: {code: \"" + code + "\"}) { dossier { status } userErrors { code } } }")
                .body("data.recordResult.dossier.status", equalTo("RESULT_READY"));
        graphql(officer, "{ dossier(code: \"" + code + "\") { processingLog { action actor actorRole } } }")
                .body("data.dossier.processingLog[2].actor", equalTo("partner-sxd"))
                .body("data.dossier.processingLog[2].actorRole", equalTo("partner-agency"));

        // the citizen finds it among their own and rates it
        graphql(citizen, "{ myDossiers(first: 10) { edges { node { code } } } }")
                .body("data.myDossiers.edges.node.code", equalTo(List.of(code)));
        graphql(citizen, "mutation { rateDossier(input: {code: \"" + code + "\", rating: 5}) { dossier { rating } userErrors { code } } }")
                .body("data.rateDossier.dossier.rating", equalTo(5));

        // and a citizen's token opens nothing that is the staff's
        graphql(citizen, "{ dossiers(first: 1) { totalCount } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(partner, "{ counters(centerCode: \"BLU\") { code } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql("{ procedure(code: \"9.100001\") { name } }").body("errors", nullValue());
    }

    private static String password(String client, String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", client, "username", username, "password", password));
    }

    private static String clientCredentials(String client, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    private static String token(Map<String, String> form) {
        JsonPath response = given().baseUri(KeycloakResource.realmUrl()).port(-1).formParams(form)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().jsonPath();
        return response.getString("access_token");
    }
}
