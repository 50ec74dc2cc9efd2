package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.PaperTrail;
import vn.motcua.support.S3ProxyResource;
import vn.motcua.support.Tokens;

/**
 * The papers of a dossier, against the packaged application and a real S3 API server (s3proxy): uploaded
 * over HTTP, attached by GraphQL, read back only by those who may see the dossier, every download on
 * record, and a digital result checkable by its hash. (In-process, the client operations cover the
 * local-directory storage.)
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(S3ProxyResource.class)
class DossierFilesIT {

    static final String ATTACH = "mutation($input: AttachDossierFileInput!) { attachDossierFile(input: $input) {"
            + " file { id fileName mediaType sizeBytes sha256 purpose documentPosition replacesFileId downloadPath"
            + " decisionNumber decisionDate } userErrors { field code message } } }";

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static Response upload(String token, byte[] body, String name) {
        var request = given().contentType("application/octet-stream").body(body).queryParam("name", name);
        return (token == null ? request : request.auth().oauth2(token)).post("/uploads");
    }

    static String uploaded(String token, byte[] body, String name) {
        return upload(token, body, name).then().statusCode(201).extract().path("id");
    }

    static JsonPath attach(String token, Map<String, Object> input) {
        return graphql(token, ATTACH, Map.of("input", input)).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.attachDossierFile");
    }

    static Response download(String token, String path) {
        return token == null ? given().get(path) : given().auth().oauth2(token).get(path);
    }

    @Test
    void aDossierGoesFromIntakeToResultInS3() {
        PaperTrail.fromIntakeToResult();
    }

    @Test
    void aScanIsStoredAttachedAndReadOnlyByThoseWhoSeeTheDossier() throws Exception {
        String applicant = DossierFixtures.newApplicantId();
        JsonPath receipt = DossierFixtures.receive(applicant);
        String code = receipt.getString("receipt.dossier.code");
        String officer = Tokens.counterOfficer();
        byte[] scan = pdf("Đơn đề nghị, bản quét");

        Response stored = upload(officer, scan, "Đơn đề nghị.pdf");
        stored.then().statusCode(201).body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(scan.length)).body("sha256", equalTo(sha256(scan)));
        String uploadId = stored.path("id");

        JsonPath attached = attach(officer, Map.of("code", code, "uploadId", uploadId, "purpose", "INTAKE"));
        assertEquals(List.of(), attached.getList("userErrors"));
        assertEquals("Đơn đề nghị.pdf", attached.getString("file.fileName"));
        String path = attached.getString("file.downloadPath");

        graphql(officer, "{ dossier(code: \"" + code + "\") { files { sha256 purpose attachedBy } } }")
                .body("data.dossier.files", hasSize(1))
                .body("data.dossier.files[0].sha256", equalTo(sha256(scan)));

        // the applicant reads it back, byte for byte, as an attachment that no browser sniffs
        Response mine = download(Tokens.citizen(applicant), path);
        mine.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("ETag", equalTo("\"" + sha256(scan) + "\""));
        assertArrayEquals(scan, mine.asByteArray());
        download(officer, path).then().statusCode(200);

        // out of reach answers exactly like nothing at all
        download(Tokens.citizen(DossierFixtures.newApplicantId()), path).then().statusCode(404);
        download(Tokens.partner("STP"), path).then().statusCode(404);
        download(Tokens.citizen(applicant), "/files/987654321").then().statusCode(404);
        download(null, path).then().statusCode(401);
        assertEquals(2, downloadsOf(path), "every download of a personal file is on record");

        // the anonymous look-up shows no files at all
        graphql(null, "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) { files { id } } }",
                Map.of("c", code, "s", receipt.getString("receipt.lookupSecret")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));

        // an upload is attached once, and only by whoever uploaded it
        assertEquals("ALREADY_EXISTS", attach(officer, Map.of("code", code, "uploadId", uploadId, "purpose",
                "INTAKE")).getString("userErrors[0].code"));
        String someoneElses = uploaded(Tokens.counterOfficer("BLU", "Q02"), pdf("khác"), "khac.pdf");
        assertEquals("NOT_FOUND", attach(officer, Map.of("code", code, "uploadId", someoneElses, "purpose",
                "INTAKE")).getString("userErrors[0].code"));
        assertEquals("NOT_FOUND", attach(officer, Map.of("code", code, "uploadId", uploaded(officer, scan, "a.pdf"),
                "purpose", "SUPPLEMENT", "documentPosition", 9)).getString("userErrors[0].code"));
    }

    @Test
    void anOutageOfTheFileStoreAnswers503AndRecordsNoDownload() throws Exception {
        String applicant = DossierFixtures.newApplicantId();
        String code = DossierFixtures.receive(applicant).getString("receipt.dossier.code");
        String officer = Tokens.counterOfficer("BLU", "Q05");
        byte[] scan = pdf("trước sự cố");
        String path = attach(officer, Map.of("code", code, "uploadId", uploaded(officer, scan, "a.pdf"), "purpose",
                "INTAKE")).getString("file.downloadPath");
        String citizen = Tokens.citizen(applicant);
        S3ProxyResource.goAway();
        try {
            download(citizen, path).then().statusCode(503).header("Retry-After", equalTo("5"))
                    .body("code", equalTo("SERVICE_UNAVAILABLE"));
            upload(officer, pdf("trong sự cố"), "b.pdf").then().statusCode(503)
                    .body("code", equalTo("SERVICE_UNAVAILABLE"));
            assertEquals(0, downloadsOf(path), "a download that never happened is not on record");
        } finally {
            S3ProxyResource.comeBack();
        }
        assertArrayEquals(scan, download(citizen, path).then().statusCode(200).extract().asByteArray());
        assertEquals(1, downloadsOf(path));
    }

    @Test
    void theContentDecidesWhatAFileIs() throws Exception {
        String officer = Tokens.counterOfficer();
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        upload(officer, png, "scan.pdf").then().statusCode(201).body("mediaType", equalTo("image/png"));
        upload(officer, "MZ\u0090\u0000 not a scan".getBytes(StandardCharsets.ISO_8859_1), "scan.pdf").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_TYPE"));
        upload(officer, new byte[0], "empty.pdf").then().statusCode(400).body("code", equalTo("EMPTY"));
        upload(officer, pdf("x"), "").then().statusCode(400).body("code", equalTo("BAD_NAME"));
        upload(null, pdf("x"), "anonymous.pdf").then().statusCode(401);
        // over the limit: refused before the body is sent (Expect: 100-continue, as a large upload should ask)
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("x"), 0, tooLarge, 0, 5);
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/uploads?name=large.pdf"))
                .header("Authorization", "Bearer " + officer).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode());
    }

    @Test
    void aDigitalResultIsIssuedByItsAgencyAndCheckedByItsHash() throws Exception {
        String code = DossierFixtures.dossierIn("PROCESSING");
        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        byte[] decision = pdf("Quyết định cấp giấy phép số 123/QĐ-SXD");
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        Map<String, Object> result = new HashMap<>(Map.of("code", code, "purpose", "RESULT",
                "decisionNumber", "123/QĐ-SXD", "decisionDate", today));
        result.put("uploadId", uploaded(Tokens.counterOfficer(), decision, "qd.pdf"));
        assertEquals("FORBIDDEN", attach(Tokens.counterOfficer(), result).getString("userErrors[0].code"),
                "the counter does not issue results");
        result.put("uploadId", uploaded(agency, decision, "Quyết định 123.pdf"));
        assertEquals("INVALID", attach(agency, Map.of("code", code, "purpose", "RESULT", "uploadId",
                result.get("uploadId"))).getString("userErrors[0].code"), "a result names its decision");
        JsonPath issued = attach(agency, result);
        assertEquals(List.of(), issued.getList("userErrors"));
        String firstId = issued.getString("file.id");

        String check = "query($h: String!) { digitalResult(sha256: $h) { dossierCode issuingAgencyCode decisionNumber"
                + " decisionDate replaced } }";
        graphql(null, check, Map.of("h", sha256(decision).toUpperCase()))
                .body("data.digitalResult", hasSize(1))
                .body("data.digitalResult[0].issuingAgencyCode", equalTo(DossierFixtures.AGENCY))
                .body("data.digitalResult[0].decisionNumber", equalTo("123/QĐ-SXD"))
                .body("data.digitalResult[0].decisionDate", equalTo(today))
                .body("data.digitalResult[0].replaced", equalTo(false));
        graphql(null, check, Map.of("h", sha256(pdf("không có")))).body("data.digitalResult", empty());

        // a correction replaces the result; the first stays on record, marked replaced
        byte[] corrected = pdf("Quyết định cấp giấy phép số 123/QĐ-SXD (đính chính)");
        Map<String, Object> correction = new HashMap<>(result);
        correction.put("uploadId", uploaded(agency, corrected, "Quyết định 123 đính chính.pdf"));
        correction.put("replacesFileId", firstId);
        assertEquals(List.of(), attach(agency, correction).getList("userErrors"));
        graphql(null, check, Map.of("h", sha256(decision))).body("data.digitalResult[0].replaced", equalTo(true));
        correction.put("uploadId", uploaded(agency, corrected, "lần hai.pdf"));
        assertEquals("ALREADY_EXISTS", attach(agency, correction).getString("userErrors[0].code"));
        graphql(agency, "{ dossier(code: \"" + code + "\") { files { id replacedByFileId } } }")
                .body("data.dossier.files", hasSize(2))
                .body("data.dossier.files[0].replacedByFileId", org.hamcrest.Matchers.notNullValue());

        // the partner system of the agency holding the dossier reads it; another agency's does not
        download(Tokens.partner(DossierFixtures.AGENCY), "/files/" + firstId).then().statusCode(200);
        download(Tokens.partner("STP"), "/files/" + firstId).then().statusCode(404);
    }

    @Test
    void oneUploadAttachedTwiceAtTheSameMomentIsAttachedOnce() throws Exception {
        String code = DossierFixtures.receive(DossierFixtures.newApplicantId()).getString("receipt.dossier.code");
        String officer = Tokens.counterOfficer();
        String uploadId = uploaded(officer, pdf("một lần"), "mot-lan.pdf");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<JsonPath>> racers = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return attach(officer, Map.of("code", code, "uploadId", uploadId, "purpose", "INTAKE"));
        })).toList();
        long attachedOnce = racers.stream().map(CompletableFuture::join)
                .filter(r -> r.getList("userErrors").isEmpty()).count();
        assertEquals(1, attachedOnce);
        graphql(officer, "{ dossier(code: \"" + code + "\") { files { id } } }").body("data.dossier.files", hasSize(1));
    }

    private static long downloadsOf(String path) throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                PreparedStatement ps = c.prepareStatement("select count(*) from file_download where dossier_file_id = ?")) {
            ps.setLong(1, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
