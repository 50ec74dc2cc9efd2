package vn.motcua.center;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Two tiers and no boundaries (Decree 118/2025): commune service points are centers; one receives commune
 * procedures only, another provincial ones on the province's behalf; a dossier received at a commune point is
 * returned where the applicant chose, whose counter then reaches it; each point has its own statistics.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class TwoTiersTest {

    static final String RECEIVE = "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { receipt {"
            + " dossier { code center { code } returnCenter { code } } } userErrors { field code message } } }";

    @Test
    void theDemoHasCommunePointsBesideTheProvincialCenter() {
        graphql("{ centers { code tier receivesProvincial } }")
                .body("data.centers.find { it.code == 'BLU' }.tier", equalTo("PROVINCIAL"))
                .body("data.centers.find { it.code == 'BLU-P1' }.receivesProvincial", equalTo(true))
                .body("data.centers.find { it.code == 'BLU-VT' }.tier", equalTo("COMMUNE"))
                .body("data.centers.code", hasItems("BLU", "BLU-P1", "BLU-VT"));
    }

    @Test
    void aCommunePointReceivesWhatTheRulesLetItAndTheResultIsReturnedWhereChosen() {
        DossierFixtures.ensureProcedure(); // provincial
        Map<String, Object> commune = Map.of("code", "2.888001", "name", "Đăng ký khai sinh (thử cấp xã)",
                "agencyCode", DossierFixtures.AGENCY, "fieldCode", "SXD-01", "level", "COMMUNE",
                "applicantTypes", List.of("CITIZEN"), "onlineLevel", "PARTIAL",
                "channels", List.of(Map.of("channel", "DIRECT", "processingDays", 3)));
        graphql(Tokens.manager(), "mutation($input: ProcedureInput!) { createProcedure(input: $input) { userErrors {"
                + " code } } }", Map.of("input", commune)).body("errors", nullValue());
        graphql(Tokens.manager(), "mutation { publishProcedure(input: {code: \"2.888001\", version: 1}) { userErrors {"
                + " code } } }").body("errors", nullValue());

        String village = Tokens.counterOfficer("BLU-VT", "Q01");
        receive(village, DossierFixtures.PROCEDURE, null)
                .body("data.receiveDossier.userErrors[0].field", equalTo("input.procedureCode"))
                .body("data.receiveDossier.userErrors[0].code", equalTo("INVALID"));
        receive(village, "2.888001", null).body("data.receiveDossier.receipt.dossier.center.code", equalTo("BLU-VT"))
                .body("data.receiveDossier.receipt.dossier.returnCenter.code", equalTo("BLU-VT"));

        String ward = Tokens.counterOfficer("BLU-P1", "Q01");
        String code = receive(ward, DossierFixtures.PROCEDURE, "BLU")
                .body("data.receiveDossier.receipt.dossier.center.code", equalTo("BLU-P1"))
                .body("data.receiveDossier.receipt.dossier.returnCenter.code", equalTo("BLU"))
                .extract().path("data.receiveDossier.receipt.dossier.code");
        // the center it is returned at reaches it; a center with no part in it does not
        graphql(Tokens.counterOfficer(), "{ dossier(code: \"" + code + "\") { code } }")
                .body("data.dossier.code", equalTo(code));
        graphql(village, "{ dossier(code: \"" + code + "\") { code } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        receive(ward, DossierFixtures.PROCEDURE, "NOWHERE")
                .body("data.receiveDossier.userErrors[0].field", equalTo("input.returnCenterCode"));

        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        graphql("{ dossierStatistics(centerCode: \"BLU-P1\", month: \"" + month + "\") { centerCode received } }")
                .body("data.dossierStatistics[0].centerCode", equalTo("BLU-P1"))
                .body("data.dossierStatistics[0].received", equalTo(1));
        // the province's points side by side: the provincial center first, each point with its own figures
        graphql("{ provinceStatistics(centerCode: \"BLU-VT\", month: \"" + month + "\") { centerCode received } }")
                .body("errors", nullValue())
                .body("data.provinceStatistics[0].centerCode", equalTo("BLU"))
                .body("data.provinceStatistics.find { it.centerCode == 'BLU-P1' }.received", equalTo(1))
                .body("data.provinceStatistics.find { it.centerCode == 'BLU-VT' }.received", equalTo(1));
    }

    @Test
    void onlyACommunePointIsToldWhetherItReceivesProvincialProcedures() {
        graphql(Tokens.administrator(), "mutation { createCenter(input: {code: \"TIER1\", name: \"x\", province: \"y\","
                + " receivesProvincial: true}) { userErrors { field code } } }")
                .body("data.createCenter.userErrors[0].field", equalTo("input.receivesProvincial"));
        graphql(Tokens.administrator(), "mutation { createCenter(input: {code: \"TIER2\", name: \"Xã thử\", province: \"y\","
                + " tier: COMMUNE, receivesProvincial: true}) { center { tier receivesProvincial } userErrors { code } } }")
                .body("data.createCenter.center.tier", equalTo("COMMUNE"));
    }

    private static ValidatableResponse receive(String officer, String procedure, String returnCenter) {
        Map<String, Object> input = new HashMap<>(Map.of("procedureCode", procedure, "channel", "DIRECT",
                "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId())));
        if (returnCenter != null) {
            input.put("returnCenterCode", returnCenter);
        }
        return graphql(officer, RECEIVE, Map.of("input", input)).body("errors", nullValue());
    }
}
