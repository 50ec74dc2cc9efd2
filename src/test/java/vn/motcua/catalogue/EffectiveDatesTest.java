package vn.motcua.catalogue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * A procedure's effective dates decide what is filed: a published version not yet in effect is shown as
 * upcoming and refused at intake; a retirement dated later takes effect after its last day; a successor
 * taking effect later leaves the version it supersedes in effect until then.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class EffectiveDatesTest {

    @Inject
    TestClock testClock;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void anUpcomingProcedureIsShownButNotFiledUntilItTakesEffect() {
        LocalDate from = today().plusDays(10);
        publish("1.777001", 1, Map.of("effectiveFrom", from.toString()));
        graphql("{ procedure(code: \"1.777001\") { availability effectiveFrom } }")
                .body("data.procedure.availability", equalTo("UPCOMING"));
        file("1.777001").body("data.receiveDossier.userErrors[0].code", equalTo("INVALID_STATE"))
                .body("data.receiveDossier.receipt", nullValue());

        testClock.advance(Duration.ofDays(10));
        graphql("{ procedure(code: \"1.777001\") { availability } }").body("data.procedure.availability",
                equalTo("IN_EFFECT"));
        file("1.777001").body("data.receiveDossier.userErrors", equalTo(List.of()));
    }

    @Test
    void aRetirementDatedLaterTakesEffectAfterItsLastDay() {
        publish("1.777002", 1, Map.of());
        graphql(Tokens.manager(), "mutation { retireProcedure(input: {code: \"1.777002\", effectiveTo: \""
                + today().plusDays(5) + "\"}) { procedure { status } userErrors { code } } }")
                .body("data.retireProcedure.procedure.status", equalTo("PUBLISHED"));
        file("1.777002").body("data.receiveDossier.userErrors", equalTo(List.of()));
        listed().body("data.procedures.edges.node.code", hasItem("1.777002"));

        testClock.advance(Duration.ofDays(6));
        graphql("{ procedure(code: \"1.777002\") { code } }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        listed().body("data.procedures.edges.node.code", not(hasItem("1.777002")));
        file("1.777002").body("data.receiveDossier.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void aSuccessorTakingEffectLaterLeavesTheCurrentVersionInEffectUntilThen() {
        publish("1.777003", 1, Map.of());
        Map<String, Object> next = CatalogueUpkeepTest.procedure("1.777003", "Thủ tục thử ngày hiệu lực, bản 2");
        next.put("effectiveFrom", today().plusDays(7).toString());
        graphql(Tokens.manager(), CatalogueUpkeepTest.UPDATE, Map.of("input", next)).body("errors", nullValue());
        graphql(Tokens.manager(), CatalogueUpkeepTest.PUBLISH, Map.of("input", Map.of("code", "1.777003", "version", 2)))
                .body("data.publishProcedure.userErrors", equalTo(List.of()));

        fileVersion("1.777003").body("data.receiveDossier.receipt.dossier.procedure.version", equalTo(1));
        testClock.advance(Duration.ofDays(7));
        fileVersion("1.777003").body("data.receiveDossier.receipt.dossier.procedure.version", equalTo(2));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void publish(String code, int version, Map<String, Object> extra) {
        Map<String, Object> input = CatalogueUpkeepTest.procedure(code, "Thủ tục thử ngày hiệu lực " + code);
        input.putAll(extra);
        graphql(Tokens.manager(), CatalogueUpkeepTest.CREATE, Map.of("input", input)).body("errors", nullValue());
        graphql(Tokens.manager(), CatalogueUpkeepTest.PUBLISH, Map.of("input", Map.of("code", code, "version", version)))
                .body("data.publishProcedure.userErrors", equalTo(List.of()));
    }

    private static ValidatableResponse listed() {
        return graphql("{ procedures(first: 100, search: \"thu tuc thu ngay hieu luc\") { edges { node { code } } } }");
    }

    private static ValidatableResponse file(String code) {
        return graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input)"
                + " { receipt { dossier { code } } userErrors { field code message } } }", Map.of("input", intake(code)));
    }

    private static ValidatableResponse fileVersion(String code) {
        return graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input)"
                + " { receipt { dossier { procedure { version } } } userErrors { code message } } }",
                Map.of("input", intake(code)));
    }

    private static Map<String, Object> intake(String code) {
        return Map.of("procedureCode", code, "channel", "DIRECT", "applicant",
                DossierFixtures.applicant(DossierFixtures.newApplicantId()));
    }
}
