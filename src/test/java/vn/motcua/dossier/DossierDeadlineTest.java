package vn.motcua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.DossierFixtures.act;
import static vn.motcua.support.DossierFixtures.dossierIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Deadline rules that need time to pass: the test moves a dossier's clock back in the database (the
 * only thing it arranges by hand) and then acts through the API. In-process only: no *IT twin.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierDeadlineTest {

    @Inject
    DataSource dataSource;
    @Inject
    WorkingCalendar calendar;

    @Test
    void waitingForASupplementStopsTheClock() throws SQLException {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        String before = act(officer, "requestSupplement", Map.of("code", code, "missingItems", List.of("Bản vẽ")))
                .getString("dossier.appointmentDate");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate pausedOn = today.minusDays(14);
        execute("update dossier set paused_at = (?::date + time '10:00') at time zone 'Asia/Ho_Chi_Minh' where code = ?",
                pausedOn.toString(), code);

        JsonPath resumed = act(officer, "receiveSupplement", Map.of("code", code));
        int waited = calendar.workingDaysBetween(pausedOn, today);
        assertTrue(waited >= 8, "two weeks hold at least 8 working days, got " + waited);
        assertEquals(calendar.addWorkingDays(LocalDate.parse(before), waited).toString(),
                resumed.getString("dossier.appointmentDate"));
        assertEquals(1, resumed.getInt("dossier.supplementCount"));
    }

    @Test
    void overdueIsDerivedFromTheAppointmentDate() throws SQLException {
        String code = dossierIn("PROCESSING");
        String officer = Tokens.departmentOfficer("SXD");
        execute("update dossier set appointment_date = ?::date where code = ?",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString(), code);
        vn.motcua.support.GraphQLClient.graphql(officer, "{ dossier(code: \"" + code + "\") { overdue } }")
                .body("data.dossier.overdue", org.hamcrest.Matchers.equalTo(true));
        vn.motcua.support.GraphQLClient.graphql(officer, "{ dossiers(first: 100, filter: {overdue: true}) { edges { node { code overdue } } } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.dossiers.edges.node.code", org.hamcrest.Matchers.hasItem(code))
                .body("data.dossiers.edges.node.overdue", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(true)));
        vn.motcua.support.GraphQLClient.graphql(officer, "{ dossiers(first: 100, filter: {overdue: false}) { edges { node { code overdue } } } }")
                .body("data.dossiers.edges.node.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code)));
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
