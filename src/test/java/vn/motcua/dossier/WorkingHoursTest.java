package vn.motcua.dossier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * A procedure timed in working hours ("4 giờ làm việc"): the appointment is a time that skips the lunch
 * break (11:30 to 13:30), the night and the days off; the supplement's wait moves it by office hours; and
 * the dossier is overdue the minute after its due time, not the day after.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class WorkingHoursTest {

    static final String PROCEDURE = "1.778001";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String FIELDS = "code appointmentDate appointmentAt legalDueDate legalDueAt overdue timeliness";

    @Inject
    TestClock testClock;
    @Inject
    WorkingCalendar calendar;

    /** A working day after today whose next working day is the next day, so that "the night" is one night. */
    LocalDate day;

    @BeforeEach
    void publishAndChooseADay() {
        if (graphql("{ procedure(code: \"" + PROCEDURE + "\") { code } }").extract().path("data.procedure") == null) {
            Map<String, Object> input = DossierFixtures.procedureInput(PROCEDURE,
                    "Chứng thực bản sao từ bản chính, thử giờ làm việc", "NONE",
                    List.of(Map.of("channel", "DIRECT", "processingDays", 0, "processingHours", 4)));
            input.put("effectiveFrom", "2020-01-01");
            graphql(Tokens.manager(), "mutation($input: ProcedureInput!) { createProcedure(input: $input) {"
                    + " userErrors { code } } }", Map.of("input", input)).body("errors", nullValue());
            graphql(Tokens.manager(), "mutation { publishProcedure(input: {code: \"" + PROCEDURE + "\", version: 1})"
                    + " { userErrors { code } } }").body("data.publishProcedure.userErrors", equalTo(List.of()));
        }
        LocalDate candidate = calendar.addWorkingDays(LocalDate.now(ZONE), 1);
        while (!calendar.addWorkingDays(candidate, 1).equals(candidate.plusDays(1))) {
            candidate = calendar.addWorkingDays(candidate, 1);
        }
        day = candidate;
    }

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void fourWorkingHoursSkipTheLunchBreak() {
        at(day, "10:00");
        JsonPath d = receive();
        // 10:00 to 11:30 is 1 h 30; 13:30 to 16:00 is the other 2 h 30
        assertEquals(local(day, "16:00"), minute(d.getString("dossier.appointmentAt")));
        assertEquals(local(day, "16:00"), minute(d.getString("dossier.legalDueAt")));
        assertEquals(day.toString(), d.getString("dossier.appointmentDate"));

        String published = graphql("{ dossierStatus(code: \"" + d.getString("dossier.code") + "\", secret: \""
                + d.getString("lookupSecret") + "\") { appointmentAt } }").extract().path("data.dossierStatus.appointmentAt");
        assertEquals(local(day, "16:00"), minute(published), "the citizen's look-up shows the time too");
        String code = d.getString("dossier.code");
        at(day, "15:59");
        dossier(code).body("data.dossier.overdue", equalTo(false));
        // the same day, one minute past the time: overdue already
        at(day, "16:01");
        dossier(code).body("data.dossier.overdue", equalTo(true)).body("data.dossier.timeliness", equalTo("OVERDUE"));
    }

    @Test
    void fourWorkingHoursSkipTheNight() {
        at(day, "15:00");
        JsonPath d = receive();
        // 15:00 to 17:00 is 2 h; the next morning from 07:00 the other 2 h
        assertEquals(local(day.plusDays(1), "09:00"), minute(d.getString("dossier.appointmentAt")));
        assertEquals(day.plusDays(1).toString(), d.getString("dossier.legalDueDate"));
    }

    @Test
    void theSupplementsWaitMovesTheTimeByOfficeHours() {
        at(day, "10:00");
        String code = receive().getString("dossier.code");
        String agency = Tokens.departmentOfficer(DossierFixtures.AGENCY);
        DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode",
                DossierFixtures.AGENCY));
        at(day, "11:00");
        DossierFixtures.act(agency, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản chính")));
        at(day.plusDays(1), "08:00");
        JsonPath resumed = DossierFixtures.act(agency, "receiveSupplement", Map.of("code", code));
        assertEquals(List.of(), resumed.getList("userErrors"));
        // waited 11:00 to 11:30, 13:30 to 17:00 and 07:00 to 08:00: 5 h, so 16:00 becomes 11:00 the next day
        JsonPath d = dossier(code).extract().jsonPath().setRootPath("data");
        assertEquals(local(day.plusDays(1), "11:00"), minute(d.getString("dossier.legalDueAt")));
        assertEquals(local(day.plusDays(1), "11:00"), minute(d.getString("dossier.appointmentAt")));
        assertEquals(false, d.getBoolean("dossier.overdue"));
    }

    @Test
    void aProcessingTimeIsInDaysOrInHours() {
        Map<String, Object> input = DossierFixtures.procedureInput("1.778002", "Thủ tục thử giờ và ngày cùng lúc", "NONE",
                List.of(Map.of("channel", "DIRECT", "processingDays", 2, "processingHours", 4)));
        graphql(Tokens.manager(), "mutation($input: ProcedureInput!) { createProcedure(input: $input) {"
                + " procedure { code } userErrors { field code } } }", Map.of("input", input))
                .body("data.createProcedure.procedure", nullValue())
                .body("data.createProcedure.userErrors[0].field", equalTo("input.channels[0].processingHours"))
                .body("data.createProcedure.userErrors[0].code", equalTo("INVALID"));
    }

    private void at(LocalDate date, String time) {
        Instant target = date.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
        testClock.reset();
        testClock.advance(Duration.between(Instant.now(), target));
    }

    /** The receipt: {@code lookupSecret} and {@code dossier}. */
    private static JsonPath receive() {
        Map<String, Object> input = Map.of("procedureCode", PROCEDURE, "channel", "DIRECT", "applicant",
                DossierFixtures.applicant(DossierFixtures.newApplicantId()));
        return graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) {"
                + " receiveDossier(input: $input) { receipt { lookupSecret dossier { " + FIELDS + " } }"
                + " userErrors { field code message } } }", Map.of("input", input))
                .body("data.receiveDossier.userErrors", equalTo(List.of()))
                .extract().jsonPath().setRootPath("data.receiveDossier.receipt");
    }

    private static io.restassured.response.ValidatableResponse dossier(String code) {
        return graphql(Tokens.counterOfficer(), "{ dossier(code: \"" + code + "\") { " + FIELDS + " } }")
                .body("errors", nullValue());
    }

    private static ZonedDateTime local(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(ZONE);
    }

    private static ZonedDateTime minute(String instant) {
        return OffsetDateTime.parse(instant).atZoneSameInstant(ZONE).truncatedTo(ChronoUnit.MINUTES);
    }
}
