package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.PaperTrail;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * A dossier's papers kept in the local directory (the default storage); DossierFilesIT does it on S3. An
 * upload nobody attached is forgotten after a day.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierPapersTest {

    @Inject
    TestClock testClock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void aDossierGoesFromIntakeToResultInTheLocalDirectory() {
        PaperTrail.fromIntakeToResult();
    }

    @Test
    void anUploadNeverAttachedIsForgottenAfterADayBytesAndAll() throws Exception {
        String officer = Tokens.counterOfficer("BLU", "Q07");
        String forgotten = upload(officer, "bỏ quên");
        String key = storageKey(forgotten);
        Path bytes = Path.of("target", "test-files", key.substring(0, 2), key);
        assertTrue(Files.exists(bytes));
        testClock.advance(Duration.ofHours(25));
        upload(officer, "mới");
        assertEquals(null, storageKey(forgotten), "the row is gone");
        assertFalse(Files.exists(bytes), "and its bytes");
    }

    @Test
    void aPaperOfATypeTheProcedureDoesNotAcceptIsRefused() {
        String manager = Tokens.manager();
        Map<String, Object> input = DossierFixtures.procedureInput("9.000017", "Thủ tục chỉ nhận bản PDF", "PARTIAL",
                List.of(Map.of("channel", "DIRECT", "processingDays", 5)));
        input.put("acceptedFileTypes", List.of());
        String create = "mutation($input: ProcedureInput!) { createProcedure(input: $input) {"
                + " procedure { acceptedFileTypes } userErrors { field code } } }";
        graphql(manager, create, Map.of("input", input))
                .body("data.createProcedure.userErrors[0].field", equalTo("input.acceptedFileTypes"));
        input.put("acceptedFileTypes", List.of("PDF", "PDF"));
        graphql(manager, create, Map.of("input", input))
                .body("data.createProcedure.procedure.acceptedFileTypes", equalTo(List.of("PDF")));
        graphql(manager, "mutation { publishProcedure(input: {code: \"9.000017\", version: 1}) { userErrors { code } } }")
                .body("data.publishProcedure.userErrors", hasSize(0));
        graphql(null, "{ procedure(code: \"9.000017\") { acceptedFileTypes } }")
                .body("data.procedure.acceptedFileTypes", equalTo(List.of("PDF")));

        String officer = Tokens.counterOfficer("BLU", "Q08");
        String code = graphql(officer, "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {"
                + " receipt { dossier { code } } } }", Map.of("input", Map.of("procedureCode", "9.000017", "channel",
                        "DIRECT", "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId()))))
                .extract().path("data.receiveDossier.receipt.dossier.code");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        String photo = given().auth().oauth2(officer).body(png).queryParam("name", "ảnh.png").post("/uploads").then()
                .statusCode(201).extract().path("id");
        String attach = "mutation($input: AttachDossierFileInput!) { attachDossierFile(input: $input) {"
                + " file { mediaType } userErrors { field code message } } }";
        graphql(officer, attach, Map.of("input", Map.of("code", code, "uploadId", photo, "purpose", "INTAKE")))
                .body("data.attachDossierFile.file", nullValue())
                .body("data.attachDossierFile.userErrors[0].field", equalTo("input.uploadId"))
                .body("data.attachDossierFile.userErrors[0].code", equalTo("INVALID"));
        graphql(officer, "{ dossier(code: \"" + code + "\") { files { id } } }").body("data.dossier.files", hasSize(0));
        graphql(officer, attach, Map.of("input", Map.of("code", code, "uploadId", upload(officer, "bản quét"),
                "purpose", "INTAKE"))).body("data.attachDossierFile.file.mediaType", equalTo("application/pdf"));
    }

    private static String upload(String token, String text) {
        return given().auth().oauth2(token).contentType("application/pdf").body(PaperTrail.pdf(text))
                .queryParam("name", "scan.pdf").post("/uploads").then().statusCode(201).extract().path("id");
    }

    private String storageKey(String uploadId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select storage_key from stored_file where id = ?")) {
            ps.setLong(1, Long.parseLong(uploadId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
