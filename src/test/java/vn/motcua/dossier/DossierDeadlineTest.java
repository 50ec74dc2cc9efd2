package vn.motcua.dossier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.DossierFixtures.act;
import static vn.motcua.support.DossierFixtures.dossierIn;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.common.time.CenterClock;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * Deadline rules that need time to pass: the test moves the service's clock ({@link TestClock}) and acts
 * through the API; no row is rewritten. In-process only: no *IT twin.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierDeadlineTest {

    @Inject
    DataSource dataSource;
    @Inject
    WorkingCalendar calendar;
    @Inject
    TestClock testClock;
    @Inject
    CenterClock clock;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void waitingForASupplementStopsTheClock() {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        JsonPath paused = act(officer, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")));
        LocalDate dueBefore = LocalDate.parse(paused.getString("dossier.legalDueDate"));
        LocalDate pausedOn = clock.today();
        testClock.advance(Duration.ofDays(14));

        JsonPath resumed = act(officer, "receiveSupplement", Map.of("code", code));
        int waited = calendar.workingDaysBetween(pausedOn, clock.today());
        assertTrue(waited >= 8, "two weeks hold at least 8 working days, got " + waited);
        String expected = calendar.addWorkingDays(dueBefore, waited).toString();
        assertEquals(expected, resumed.getString("dossier.legalDueDate"));
        assertEquals(expected, resumed.getString("dossier.appointmentDate"));
        assertEquals(1, resumed.getInt("dossier.supplementCount"));
    }

    @Test
    void overdueIsJudgedByTheLegalDueDate() {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        String query = "{ dossier(code: \"" + code + "\") { overdue timeliness } }";
        graphql(officer, query).body("data.dossier.overdue", equalTo(false))
                .body("data.dossier.timeliness", equalTo("IN_TIME"));

        testClock.advance(Duration.ofDays(40));
        graphql(officer, query).body("data.dossier.overdue", equalTo(true))
                .body("data.dossier.timeliness", equalTo("OVERDUE"));
        graphql(officer, "{ dossiers(first: 100, filter: {overdue: true}) { edges { node { code overdue } } } }")
                .body("errors", nullValue())
                .body("data.dossiers.edges.node.code", hasItem(code))
                .body("data.dossiers.edges.node.overdue", everyItem(equalTo(true)));
        graphql(officer, "{ dossiers(first: 100, filter: {overdue: false}) { edges { node { code overdue } } } }")
                .body("data.dossiers.edges.node.code", not(hasItem(code)))
                .body("data.dossiers.edges.node.overdue", everyItem(equalTo(false)));
    }

    @Test
    void theDueSoonListShowsWhatFallsDueWithinNWorkingDaysAndWhereItIs() {
        String code = dossierIn("PROCESSING");
        LocalDate bound = calendar.addWorkingDays(clock.today(), 20);
        List<Map<String, Object>> soon = dueWithin(20);
        Map<String, Object> mine = soon.stream().filter(n -> code.equals(n.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is due within 20 working days"));
        assertTrue(soon.stream().allMatch(n -> !LocalDate.parse((String) n.get("legalDueDate")).isAfter(bound)));
        assertTrue(soon.stream().map(n -> (String) n.get("status")).noneMatch(s -> List.of("RESULT_READY", "RETURNED",
                "REFUSED", "WITHDRAWN", "STOPPED").contains(s)), "only dossiers in progress");
        assertEquals(Map.of("code", "SXD"), mine.get("currentAgency"));
        assertEquals(Map.of("action", "TRANSFER"), mine.get("currentStep"));
        assertTrue(dueWithin(1).stream().noneMatch(n -> code.equals(n.get("code"))), "not due within one day");
    }

    /** Every page of the work list of the test procedure's dossiers due within {@code days} working days. */
    private static List<Map<String, Object>> dueWithin(int days) {
        String query = "query($n: Int!, $after: String) { dossiers(first: 100, after: $after, filter: {"
                + "dueWithinWorkingDays: $n, procedureCode: \"" + DossierFixtures.PROCEDURE + "\"}) {"
                + " pageInfo { hasNextPage endCursor } edges { node { code legalDueDate status currentAgency { code }"
                + " currentStep { action } } } } }";
        List<Map<String, Object>> nodes = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("n", days));
            variables.put("after", after);
            JsonPath page = graphql(Tokens.manager(), query, variables).body("errors", nullValue()).extract().jsonPath()
                    .setRootPath("data.dossiers");
            nodes.addAll(page.getList("edges.node"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        return nodes;
    }

    /** Due 5 March, apology to 12 March, finished 10 March: late, in the object and in the public figures. */
    @Test
    void anApologyNeverTurnsALateDossierIntoAnOnTimeOne() {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        JsonPath received = graphql(officer, "{ dossier(code: \"" + code + "\") { legalDueDate } }").extract().jsonPath();
        LocalDate legalDue = LocalDate.parse(received.getString("data.dossier.legalDueDate"));
        LocalDate promised = legalDue.plusDays(30);
        JsonPath apology = act(officer, "issueApology", Map.of("code", code, "reason", "Chờ ý kiến liên ngành",
                "newAppointmentDate", promised.toString()));
        assertEquals(List.of(), apology.getList("userErrors"));
        assertEquals(promised.toString(), apology.getString("dossier.appointmentDate"));
        assertEquals(legalDue.toString(), apology.getString("dossier.legalDueDate"), "an apology never moves the legal date");

        // finish after the legal date, before the promised one
        long daysToFinish = java.time.temporal.ChronoUnit.DAYS.between(clock.today(), legalDue.plusDays(5));
        testClock.advance(Duration.ofDays(daysToFinish));
        String month = clock.today().toString().substring(0, 7);
        JsonPath before = statistics(month);
        JsonPath finished = act(officer, "recordResult", Map.of("code", code));
        assertEquals("LATE", finished.getString("dossier.timeliness"));
        assertEquals(true, finished.getBoolean("dossier.overdue"));
        JsonPath after = statistics(month);
        assertEquals(before.getLong("finished") + 1, after.getLong("finished"));
        assertEquals(before.getLong("late") + 1, after.getLong("late"), "counted late in the public figures");
        assertEquals(before.getLong("onTime"), after.getLong("onTime"));
    }

    private static JsonPath statistics(String month) {
        return graphql(null, "{ dossierStatistics(centerCode: \"BLU\", month: \"" + month + "\") { finished onTime late } }")
                .body("errors", nullValue()).extract().jsonPath().setRootPath("data.dossierStatistics[0]");
    }

    @Test
    void theProcessingLogIsAppendOnly() {
        String code = dossierIn("PROCESSING");
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "update dossier_event set note = 'rewritten' where dossier_id = (select id from dossier where code = ?)", code));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertThrows(SQLException.class, () -> execute(
                "delete from dossier_event where dossier_id = (select id from dossier where code = ?)", code));
    }

    private void execute(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
