package vn.motcua.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.service.CitizenNotifications;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;
import vn.motcua.support.WebhookReceiver;

/**
 * Messages to citizens, delivered by hand here (the worker is off in tests): through a center's SMS gateway,
 * a real HTTP receiver, retried on the same idempotency key; and never resent on every poll when their
 * outcome cannot be recorded.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CitizenMessagesTest {

    static final String SET_GATEWAY = "mutation($input: SetMessageGatewayInput!) { setMessageGateway(input: $input) {"
            + " gateway { channel url hasToken } userErrors { field code } } }";

    @Inject
    CitizenNotifications notifications;
    @Inject
    TestClock testClock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void cleanUp() throws Exception {
        testClock.reset();
        sql("drop trigger if exists refuse_sent on citizen_message");
        graphql(Tokens.manager(), SET_GATEWAY, Map.of("input", Map.of("centerCode", "BLU", "channel", "SMS")));
    }

    @Test
    void anSmsGoesThroughTheCentersGatewayAndARetryCarriesTheSameKey() throws Exception {
        try (WebhookReceiver gateway = new WebhookReceiver().failing(503)) {
            graphql(Tokens.partner("STP"), SET_GATEWAY, Map.of("input", Map.of("centerCode", "BLU", "channel", "SMS",
                    "url", gateway.url()))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            graphql(Tokens.manager("CTH"), SET_GATEWAY, Map.of("input", Map.of("centerCode", "BLU", "channel", "SMS",
                    "url", gateway.url()))).body("data.setMessageGateway.userErrors[0].code", equalTo("NOT_FOUND"));
            graphql(Tokens.manager(), SET_GATEWAY, Map.of("input", Map.of("centerCode", "BLU", "channel", "SMS",
                    "url", "ftp://sms.example.vn/send"))).body("data.setMessageGateway.userErrors[0].field",
                            equalTo("input.url"));
            graphql(Tokens.manager(), SET_GATEWAY, Map.of("input", Map.of("centerCode", "BLU", "channel", "SMS",
                    "url", gateway.url(), "token", "gw-secret")))
                    .body("data.setMessageGateway.gateway.hasToken", equalTo(true));

            drain();
            String code = receive(List.of("SMS"));
            assertTrue(notifications.deliverNext());
            assertEquals("PENDING 1", message(code), "the gateway failed: tried again later");
            testClock.advance(Duration.ofSeconds(2));
            assertTrue(notifications.deliverNext());
            assertEquals("SENT 2", message(code));

            List<WebhookReceiver.Received> posts = gateway.received();
            assertEquals(2, posts.size());
            assertEquals(posts.get(0).headers().get("Idempotency-key"), posts.get(1).headers().get("Idempotency-key"),
                    "the gateway can tell a retry from a new message");
            assertEquals(List.of("Bearer gw-secret"), posts.get(1).headers().get("Authorization"));
            JsonObject sms = Json.createReader(new StringReader(posts.get(1).body())).readObject();
            assertEquals("+84912345678", sms.getString("to"));
            String appointment = graphql(Tokens.counterOfficer(), "{ dossier(code: \"" + code + "\") { appointmentDate } }")
                    .extract().path("data.dossier.appointmentDate");
            assertEquals("Hồ sơ " + code + " đã được tiếp nhận, hẹn trả kết quả ngày "
                    + LocalDate.parse(appointment).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".",
                    sms.getString("text"));
        }
    }

    @Test
    void aMessageWhoseOutcomeIsNotRecordedWaitsForItsHoldInsteadOfGoingOutOnEveryPoll() throws Exception {
        drain();
        String code = receive(List.of("EMAIL"));
        // the e-mail leaves (the log sender in tests), then recording it fails, as when the database drops
        sql("create or replace function refuse_sent() returns trigger language plpgsql as $$ begin"
                + " raise exception 'database gone'; end $$");
        sql("create trigger refuse_sent before update on citizen_message for each row"
                + " when (new.status = 'SENT') execute function refuse_sent()");
        assertThrows(RuntimeException.class, () -> notifications.deliverNext());
        assertEquals("PENDING 1", message(code), "the attempt was counted before sending");
        assertFalse(notifications.deliverNext(), "and the message is held: not sent again at the next poll");

        sql("drop trigger refuse_sent on citizen_message");
        testClock.advance(Duration.ofMinutes(2));
        assertTrue(notifications.deliverNext());
        assertEquals("SENT 2", message(code), "sent again once the hold ended: at least once");
    }

    private void drain() {
        while (notifications.deliverNext()) {
            // other tests' messages
        }
    }

    private static String receive(List<String> channels) {
        DossierFixtures.ensureProcedure();
        String applicant = DossierFixtures.newApplicantId();
        Map<String, Object> input = Map.of("procedureCode", DossierFixtures.PROCEDURE, "channel", "DIRECT",
                "applicant", Map.of("fullName", "Nguyễn Văn An", "idNumber", applicant, "phone", "0912345678",
                        "email", "an." + applicant + "@example.vn"), "notifyBy", channels);
        return graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input)"
                + " { receipt { dossier { code } } } }", Map.of("input", input)).body("errors", nullValue())
                .extract().path("data.receiveDossier.receipt.dossier.code");
    }

    private String message(String code) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select m.status || ' ' || m.attempts from citizen_message m"
                        + " join dossier d on d.id = m.dossier_id where d.code = '" + code + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
