package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * The printed papers read back as a person and a phone would: their text through poppler's pdftotext, the
 * receipt's QR code rendered to an image (pdftoppm) and decoded by zbarimg to the public look-up link. CI
 * installs both tools (Debian's poppler-utils and zbar-tools) and fails without them; elsewhere the test is
 * skipped.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierPrintsTest {

    static Response receipt(String token, String code, Object body) {
        var request = given().contentType("application/json").body(body);
        return (token == null ? request : request.auth().oauth2(token)).post("/dossiers/" + code + "/receipt");
    }

    @Test
    void theReceiptReadsInVietnameseAndItsQrCodeOpensTheLookUp() throws Exception {
        requireTools("pdftotext", "pdftoppm", "zbarimg");
        String applicant = DossierFixtures.newApplicantId();
        JsonPath intake = DossierFixtures.receive(applicant);
        String code = intake.getString("receipt.dossier.code");
        String secret = intake.getString("receipt.lookupSecret");
        String link = "http://127.0.0.1:8080/tra-cuu?ma=" + code + "#" + secret;
        assertEquals(link, intake.getString("receipt.qrPayload"), "the secret rides in the fragment, never sent");

        Response printed = receipt(Tokens.counterOfficer(), code, Map.of("secret", secret));
        printed.then().statusCode(200).contentType("application/pdf");
        Path dir = Files.createDirectories(Path.of("target", "receipts"));
        Path pdf = Files.write(dir.resolve(code + ".pdf"), printed.asByteArray());

        String text = Normalizer.normalize(run("pdftotext", "-layout", pdf.toString(), "-"), Normalizer.Form.NFC);
        for (String expected : List.of("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
                "Nguyễn Văn An", "Cấp giấy phép thử nghiệm cho kiểm thử tự động", "Đơn đề nghị", "Bản vẽ thiết kế",
                "Hẹn trả kết quả: ngày", code, secret)) {
            assertTrue(text.contains(expected), "the receipt says \"" + expected + "\":\n" + text);
        }

        run("pdftoppm", "-r", "200", "-png", "-singlefile", pdf.toString(), dir.resolve(code).toString());
        assertEquals(link, run("zbarimg", "--raw", "-q", dir.resolve(code + ".png").toString()).strip());

        // the applicant prints it too; the wrong secret, another citizen or nobody signed in get nothing
        receipt(Tokens.citizen(applicant), code, Map.of("secret", secret.toLowerCase())).then().statusCode(200);
        receipt(Tokens.counterOfficer(), code, Map.of("secret", "WRONG234")).then().statusCode(404);
        receipt(Tokens.citizen(DossierFixtures.newApplicantId()), code, Map.of("secret", secret)).then().statusCode(404);
        receipt(null, code, Map.of("secret", secret)).then().statusCode(401);
        receipt(Tokens.counterOfficer(), code, "not json").then().statusCode(400);
    }

    @Test
    void theLettersSayWhatTheLogRecorded() throws Exception {
        requireTools("pdftotext");
        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        String paused = DossierFixtures.dossierIn("PROCESSING");
        DossierFixtures.act(agency, "requestSupplement", Map.of("code", paused,
                "missingItems", List.of("Bản vẽ mặt bằng", "Giấy chứng nhận quyền sử dụng đất")));
        assertLetter(agency, paused, "supplement-request", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Bản vẽ mặt bằng", "Giấy chứng nhận quyền sử dụng đất");

        String late = DossierFixtures.dossierIn("PROCESSING");
        String appointment = graphql(agency, "{ dossier(code: \"" + late + "\") { appointmentDate } }").extract()
                .path("data.dossier.appointmentDate");
        LocalDate promised = LocalDate.parse(appointment).plusDays(10);
        DossierFixtures.act(agency, "issueApology", Map.of("code", late, "reason",
                "Chờ ý kiến của Sở Tài nguyên và Môi trường", "newAppointmentDate", promised.toString()));
        assertLetter(agency, late, "apology", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Chờ ý kiến của Sở Tài nguyên và Môi trường",
                promised.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        String refused = DossierFixtures.dossierIn("REFUSED");
        assertLetter(Tokens.counterOfficer(), refused, "refusal", "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
                "Hồ sơ không đúng thẩm quyền");

        // a letter never issued, a letter that does not exist, a dossier out of reach: all alike
        given().auth().oauth2(agency).get("/dossiers/" + paused + "/letters/refusal").then().statusCode(404);
        given().auth().oauth2(agency).get("/dossiers/" + paused + "/letters/love").then().statusCode(404);
        given().auth().oauth2(Tokens.citizen(DossierFixtures.newApplicantId()))
                .get("/dossiers/" + paused + "/letters/supplement-request").then().statusCode(404);
    }

    private static void assertLetter(String token, String code, String letter, String... expected) throws Exception {
        byte[] pdf = given().auth().oauth2(token).get("/dossiers/" + code + "/letters/" + letter).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path file = Files.write(Files.createDirectories(Path.of("target", "receipts")).resolve(code + "-" + letter
                + ".pdf"), pdf);
        String text = Normalizer.normalize(run("pdftotext", "-layout", file.toString(), "-"), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ");
        for (String phrase : expected) {
            assertTrue(text.contains(phrase), letter + " says \"" + phrase + "\":\n" + text);
        }
    }

    /** In CI the tools must be there; elsewhere their absence skips the test. */
    static void requireTools(String... tools) throws Exception {
        for (String tool : tools) {
            boolean present = new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
            if (System.getenv("CI") != null) {
                assertTrue(present, tool + " is missing: .ci/run installs poppler-utils and zbar-tools");
            }
            Assumptions.assumeTrue(present, tool + " is not installed");
        }
    }

    /** The command's standard output; its errors (zbarimg warns about D-Bus) only when it fails. */
    static String run(String... command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("tool-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
            assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + Files.readString(errors));
            return new String(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
