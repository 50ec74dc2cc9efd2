package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
