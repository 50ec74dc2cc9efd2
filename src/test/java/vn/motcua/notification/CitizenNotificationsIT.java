package vn.motcua.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;
import static vn.motcua.support.GreenMailResource.awaitMail;
import static vn.motcua.support.GreenMailResource.mailTo;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GreenMailResource;
import vn.motcua.support.Tokens;

/**
 * The applicant told by e-mail, through a real SMTP server (GreenMail), in Vietnamese; a channel without a
 * gateway skipped on record; nothing more once they opt out.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(GreenMailResource.class)
class CitizenNotificationsIT {

    @Test
    void theApplicantIsToldByEmailUntilTheyOptOut() throws Exception {
        DossierFixtures.ensureProcedure();
        String applicant = DossierFixtures.newApplicantId();
        String address = "an." + applicant + "@example.vn";
        Map<String, Object> input = Map.of("procedureCode", DossierFixtures.PROCEDURE, "channel", "DIRECT",
                "applicant", Map.of("fullName", "Nguyễn Văn An", "idNumber", applicant, "email", address),
                "notifyBy", List.of("EMAIL", "SMS"));
        String code = graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier("
                + "input: $input) { receipt { dossier { code appointmentDate } } userErrors { code } } }",
                Map.of("input", input)).extract().path("data.receiveDossier.receipt.dossier.code");
        String appointment = graphql(Tokens.counterOfficer(), "{ dossier(code: \"" + code + "\") { appointmentDate } }")
                .extract().path("data.dossier.appointmentDate");

        MimeMessage received = awaitMail(address, 1).get(0);
        assertEquals("Hồ sơ " + code + " đã được tiếp nhận", received.getSubject());
        String body = GreenMailUtil.getBody(received);
        assertTrue(decoded(received).contains("Hẹn trả kết quả ngày "
                + LocalDate.parse(appointment).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), body);

        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode",
                DossierFixtures.AGENCY));
        DossierFixtures.act(agency, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")));
        assertEquals("Hồ sơ " + code + " cần bổ sung giấy tờ", awaitMail(address, 2).get(1).getSubject());

        graphql(Tokens.citizen(applicant), "mutation { setDossierNotifications(input: {code: \"" + code
                + "\", channels: []}) { channels userErrors { code message } } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.setDossierNotifications.userErrors", org.hamcrest.Matchers.empty())
                .body("data.setDossierNotifications.channels", org.hamcrest.Matchers.empty());
        DossierFixtures.act(agency, "receiveSupplement", Map.of("code", code));
        DossierFixtures.act(agency, "recordResult", Map.of("code", code));
        Thread.sleep(1500);
        assertEquals(2, mailTo(address).size(), "nothing after opting out");

        assertEquals(List.of("EMAIL SENT SMTP", "SMS SKIPPED no SMS gateway configured", "EMAIL SENT SMTP",
                "SMS SKIPPED no SMS gateway configured"), messagesOf(code), "every message on record");
    }

    private static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    private static List<String> messagesOf(String code) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> rows = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            rows.clear();
            try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                    PreparedStatement ps = c.prepareStatement("select m.channel || ' ' || m.status || ' ' || m.reason"
                            + " from citizen_message m join dossier d on d.id = m.dossier_id where d.code = ?"
                            + " order by m.outbox_event_id, m.channel")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
            if (rows.stream().noneMatch(r -> r.contains("PENDING"))) {
                return rows;
            }
            Thread.sleep(100);
        }
        return rows;
    }
}
