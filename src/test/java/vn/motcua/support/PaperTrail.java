package vn.motcua.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One dossier's papers from the counter to the citizen, whatever the storage behind the service: the scan
 * at intake, a supplement the citizen uploads, the signed result the agency attaches and the citizen
 * downloads; every one refused to another citizen, to nobody signed in and to another agency's partner.
 */
public final class PaperTrail {

    private PaperTrail() {
    }

    public static void fromIntakeToResult() {
        String applicant = DossierFixtures.newApplicantId();
        String citizen = Tokens.citizen(applicant);
        String counter = Tokens.counterOfficer();
        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        String code = DossierFixtures.receive(applicant).getString("receipt.dossier.code");

        attach(counter, code, upload(counter, "Đơn đề nghị (bản quét)", "don.pdf"), Map.of("purpose", "INTAKE"));
        DossierFixtures.act(counter, "transferDossier", Map.of("code", code, "toAgencyCode", DossierFixtures.AGENCY));
        DossierFixtures.act(agency, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")));
        attach(citizen, code, upload(citizen, "Bản vẽ bổ sung", "ban-ve.pdf"), Map.of("purpose", "SUPPLEMENT"));
        DossierFixtures.act(agency, "receiveSupplement", Map.of("code", code));
        byte[] result = pdf("Giấy phép số 77/GP-SXD");
        attach(agency, code, upload(agency, result, "giay-phep.pdf"), Map.of("purpose", "RESULT", "decisionNumber",
                "77/GP-SXD", "decisionDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        DossierFixtures.act(agency, "recordResult", Map.of("code", code));

        JsonPath files = graphql(citizen, "{ dossier(code: \"" + code + "\") { files { purpose downloadPath } } }")
                .extract().jsonPath().setRootPath("data.dossier.files");
        assertEquals(List.of("INTAKE", "SUPPLEMENT", "RESULT"), files.getList("purpose"));
        String resultPath = files.getString("[2].downloadPath");
        assertArrayEquals(result, given().auth().oauth2(citizen).get(resultPath).then().statusCode(200).extract()
                .asByteArray(), "the citizen downloads the result as the agency attached it");
        given().auth().oauth2(Tokens.citizen(DossierFixtures.newApplicantId())).get(resultPath).then().statusCode(404);
        given().get(resultPath).then().statusCode(401);
        given().auth().oauth2(Tokens.partner("STP")).get(resultPath).then().statusCode(404);
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(String token, String text, String name) {
        return upload(token, pdf(text), name);
    }

    private static String upload(String token, byte[] body, String name) {
        return given().auth().oauth2(token).contentType("application/pdf").body(body).queryParam("name", name)
                .post("/uploads").then().statusCode(201).extract().path("id");
    }

    private static void attach(String token, String code, String uploadId, Map<String, Object> rest) {
        Map<String, Object> input = new java.util.HashMap<>(rest);
        input.put("code", code);
        input.put("uploadId", uploadId);
        graphql(token, "mutation($input: AttachDossierFileInput!) { attachDossierFile(input: $input) {"
                + " userErrors { field code message } } }", Map.of("input", input))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.attachDossierFile.userErrors", org.hamcrest.Matchers.empty());
    }
}
