package vn.motcua.dossier;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Everyone the center serves files: a person by their personal identification number, a foreigner by
 * passport and nationality, an organisation by its enterprise code with its legal representative; each
 * only for the procedures the catalogue opens to them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierApplicantsTest {

    static final String FOR_EVERYONE = "9.000002";
    static final String RECEIVE = "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {"
            + " receipt { dossier { code applicant { fullName idKind idNumber nationality legalRepresentative } } }"
            + " userErrors { field code message } } }";

    @BeforeEach
    void aProcedureForPeopleAndOrganisations() {
        DossierFixtures.ensureProcedure();
        if (graphql(null, "{ procedure(code: \"" + FOR_EVERYONE + "\") { code } }").extract()
                .path("data.procedure") != null) {
            return;
        }
        Map<String, Object> input = new HashMap<>(Map.of("code", FOR_EVERYONE, "name", "Cấp phép thử cho cá nhân và tổ chức",
                "agencyCode", DossierFixtures.AGENCY, "fieldCode", "SXD-01", "level", "PROVINCIAL",
                "applicantTypes", List.of("CITIZEN", "ORGANISATION"), "onlineLevel", "PARTIAL",
                "channels", List.of(Map.of("channel", "DIRECT", "processingDays", 5))));
        graphql(Tokens.manager(), "mutation($input: ProcedureInput!) { createProcedure(input: $input) {"
                + " userErrors { code } } }", Map.of("input", input)).body("data.createProcedure.userErrors", empty());
        graphql(Tokens.manager(), "mutation { publishProcedure(input: {code: \"" + FOR_EVERYONE + "\", version: 1}) {"
                + " userErrors { code } } }").body("data.publishProcedure.userErrors", empty());
    }

    static JsonPath receive(String procedure, Map<String, Object> applicant) {
        return graphql(Tokens.counterOfficer(), RECEIVE, Map.of("input", Map.of("procedureCode", procedure,
                "channel", "DIRECT", "applicant", applicant))).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath().setRootPath("data.receiveDossier");
    }

    @Test
    void anOrganisationFilesWithItsEnterpriseCodeAndLegalRepresentative() {
        JsonPath filed = receive(FOR_EVERYONE, Map.of("fullName", "Công ty TNHH Xây dựng Minh Phát", "idKind",
                "ENTERPRISE_CODE", "idNumber", "1900123456", "legalRepresentative", "Trần Minh Phát"));
        assertEquals(List.of(), filed.getList("userErrors"));
        assertEquals(Map.of("fullName", "Công ty TNHH Xây dựng Minh Phát", "idKind", "ENTERPRISE_CODE",
                "idNumber", "1900123456", "legalRepresentative", "Trần Minh Phát"),
                withoutNulls(filed.getMap("receipt.dossier.applicant")));
        // a branch's code has its three-digit suffix
        assertEquals(List.of(), receive(FOR_EVERYONE, Map.of("fullName", "Chi nhánh Cà Mau", "idKind",
                "ENTERPRISE_CODE", "idNumber", "1900123456-001")).getList("userErrors"));
    }

    @Test
    void aTokenActingForTheOrganisationSeesItsDossiersAndAPersonWithTheSameNumberDoesNot() {
        String enterprise = "19" + String.format("%08d", System.nanoTime() % 100_000_000L);
        String code = receive(FOR_EVERYONE, Map.of("fullName", "Công ty CP Thủy sản Cà Mau", "idKind",
                "ENTERPRISE_CODE", "idNumber", enterprise)).getString("receipt.dossier.code");
        String forTheOrganisation = Tokens.token("ketoan-thuysan", "citizen", Map.of("organisation_code", enterprise));
        graphql(forTheOrganisation, "{ dossier(code: \"" + code + "\") { code } }")
                .body("data.dossier.code", org.hamcrest.Matchers.equalTo(code));
        graphql(forTheOrganisation, "{ myDossiers(first: 10) { edges { node { code } } } }")
                .body("data.myDossiers.edges.node.code", org.hamcrest.Matchers.hasItem(code));
        // a person whose token carries the same digits as a citizen id is not the organisation
        graphql(Tokens.citizen(enterprise), "{ dossier(code: \"" + code + "\") { code } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
    }

    @Test
    void aRepresentativeFilesOnlineOnSomeonesBehalfAndFollowsTheDossier() {
        String mother = DossierFixtures.newApplicantId();
        String son = DossierFixtures.newApplicantId();
        String submit = "mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { receipt { dossier {"
                + " code applicant { idNumber } representative { fullName idNumber } } } userErrors { field code } } }";
        Map<String, Object> forMother = Map.of("procedureCode", DossierFixtures.PROCEDURE, "centerCode", "BLU",
                "applicant", DossierFixtures.applicant(mother),
                "representative", Map.of("fullName", "Nguyễn Văn Bình", "idNumber", son));
        JsonPath filed = graphql(Tokens.citizen(son), submit, Map.of("input", forMother))
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath().setRootPath("data.submitDossier");
        assertEquals(List.of(), filed.getList("userErrors"));
        assertEquals(mother, filed.getString("receipt.dossier.applicant.idNumber"));
        assertEquals(son, filed.getString("receipt.dossier.representative.idNumber"), "the record says who filed");
        String code = filed.getString("receipt.dossier.code");

        for (String follower : List.of(son, mother)) {
            graphql(Tokens.citizen(follower), "{ myDossiers(first: 10) { edges { node { code } } } }")
                    .body("data.myDossiers.edges.node.code", org.hamcrest.Matchers.hasItem(code));
        }
        graphql(Tokens.citizen(DossierFixtures.newApplicantId()), "{ dossier(code: \"" + code + "\") { code } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
        // nobody files for someone else in another person's name
        graphql(Tokens.citizen(DossierFixtures.newApplicantId()), submit, Map.of("input", forMother))
                .body("data.submitDossier.userErrors[0].field", org.hamcrest.Matchers.equalTo("input.representative.idNumber"));
    }

    @Test
    void aForeignerFilesWithPassportAndNationality() {
        JsonPath filed = receive(FOR_EVERYONE, Map.of("fullName", "KIM MIN JUN", "idKind", "PASSPORT",
                "idNumber", "M12345678", "nationality", "KR"));
        assertEquals(List.of(), filed.getList("userErrors"));
        assertEquals("KR", filed.getString("receipt.dossier.applicant.nationality"));
        assertEquals("input.applicant.nationality", receive(FOR_EVERYONE, Map.of("fullName", "KIM MIN JUN",
                "idKind", "PASSPORT", "idNumber", "M12345678")).getString("userErrors[0].field"));
    }

    @Test
    void eachIsRefusedWhatIsNotTheirs() {
        // the test procedure is for individuals only
        assertEquals("input.applicant.idKind", receive(DossierFixtures.PROCEDURE, Map.of("fullName",
                "Công ty TNHH Minh Phát", "idKind", "ENTERPRISE_CODE", "idNumber", "1900123456"))
                .getString("userErrors[0].field"));
        assertEquals("input.applicant.idNumber", receive(FOR_EVERYONE, Map.of("fullName", "Công ty A", "idKind",
                "ENTERPRISE_CODE", "idNumber", "12345")).getString("userErrors[0].field"));
        assertEquals("input.applicant.legalRepresentative", receive(FOR_EVERYONE, Map.of("fullName", "Nguyễn Văn An",
                "idNumber", DossierFixtures.newApplicantId(), "legalRepresentative", "Ai đó"))
                .getString("userErrors[0].field"));
        // a person without idKind is a citizen, as before
        assertEquals("CITIZEN_ID", receive(FOR_EVERYONE, DossierFixtures.applicant(DossierFixtures.newApplicantId()))
                .getString("receipt.dossier.applicant.idKind"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> kept = new HashMap<>(map);
        kept.values().removeIf(java.util.Objects::isNull);
        return kept;
    }
}
