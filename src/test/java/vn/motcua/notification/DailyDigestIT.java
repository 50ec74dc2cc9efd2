package vn.motcua.notification;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;
import static vn.motcua.support.GreenMailResource.awaitMail;
import static vn.motcua.support.GreenMailResource.mailTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GreenMailResource;
import vn.motcua.support.SecondInstance;
import vn.motcua.support.Tokens;

/**
 * The daily digest with two instances delivering: each recipient of the reference center gets one e-mail,
 * through a real SMTP server, and its figures are the work list's own.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(GreenMailResource.class)
class DailyDigestIT {

    static final String SET = "mutation($i: SetDigestRecipientInput!) { setDigestRecipient(input: $i) {"
            + " recipients { agencyCode email } userErrors { field code message } } }";
    static final String LATE = "query($agency: String) { dossiers(first: 100, filter: {overdue: true,"
            + " dueWithinWorkingDays: 0, agencyCode: $agency}) { totalCount edges { node { code currentAgency { code } } } } }";

    @Test
    void eachRecipientGetsTheDigestOnceWithTwoInstancesRunning() throws Exception {
        String manager = Tokens.manager();
        // the agency holding the most late dossiers of the demo history at the reference center
        JsonPath late = graphql(manager, LATE, Map.of()).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();
        int lateAtTheCenter = late.getInt("data.dossiers.totalCount");
        String agency = late.<String>getList("data.dossiers.edges.node.currentAgency.code").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("SXD");
        int lateAtTheAgency = graphql(manager, LATE, Map.of("agency", agency)).extract().path("data.dossiers.totalCount");

        try (SecondInstance second = SecondInstance.start(GreenMailResource.asOptions())) {
            graphql(manager, SET, Map.of("i", Map.of("centerCode", "BLU", "agencyCode", agency,
                    "email", "lanh.dao@so.example.vn"))).body("data.setDigestRecipient.userErrors", empty());
            graphql(manager, SET, Map.of("i", Map.of("centerCode", "BLU", "email", "giam.doc@ttpvhcc.example.vn")))
                    .body("data.setDigestRecipient.userErrors", empty())
                    .body("data.setDigestRecipient.recipients.email", org.hamcrest.Matchers.hasItems(
                            "lanh.dao@so.example.vn", "giam.doc@ttpvhcc.example.vn"));

            String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            MimeMessage toAgency = awaitMail("lanh.dao@so.example.vn", 1).get(0);
            assertTrue(toAgency.getSubject().startsWith("Tổng hợp hồ sơ ngày " + day + ": " + lateAtTheAgency + " quá hạn"),
                    toAgency.getSubject());
            assertTrue(text(toAgency).contains("Đã quá hạn (" + lateAtTheAgency + ")"), text(toAgency));
            MimeMessage toManager = awaitMail("giam.doc@ttpvhcc.example.vn", 1).get(0);
            assertTrue(toManager.getSubject().startsWith("Tổng hợp hồ sơ ngày " + day + ": " + lateAtTheCenter + " quá hạn"),
                    toManager.getSubject());
            assertTrue(text(toManager).contains("cần đôn đốc"), text(toManager));

            // both instances poll ten times a second: give them time to send it twice, if they would
            Thread.sleep(3000);
            assertEquals(1, mailTo("lanh.dao@so.example.vn").size(), "one digest to the agency");
            assertEquals(1, mailTo("giam.doc@ttpvhcc.example.vn").size(), "one digest to the manager");
            assertEquals(2, digestsOfTheReferenceCenter(), "one digest a recipient");
        }
    }

    @Test
    void outsideTheManagersCenterAndBadAddressesAreRefused() {
        graphql(Tokens.manager("OTHER"), SET, Map.of("i", Map.of("centerCode", "BLU", "email", "a@b.vn")))
                .body("data.setDigestRecipient.userErrors[0].code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
        graphql(Tokens.manager(), SET, Map.of("i", Map.of("centerCode", "BLU", "email", "khong-phai-email")))
                .body("data.setDigestRecipient.userErrors[0].field", org.hamcrest.Matchers.equalTo("input.email"));
        graphql(Tokens.counterOfficer(), SET, Map.of("i", Map.of("centerCode", "BLU", "email", "a@b.vn")))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private static int digestsOfTheReferenceCenter() throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                ResultSet rows = c.createStatement().executeQuery("select count(*) from digest_message d join center c"
                        + " on c.id = d.center_id where c.code = 'BLU'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
