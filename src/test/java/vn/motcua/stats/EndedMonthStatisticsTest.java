package vn.motcua.stats;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.DossierFixtures.act;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.common.time.CenterClock;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * An ended month's figures are computed once and kept; they must answer exactly what the live query
 * answered on the month's last day. Its own center, so that the dossiers it files a month back stay out of
 * the other tests' figures.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class EndedMonthStatisticsTest {

    static final String CENTER = "THANG";
    static final String FIGURES = "month centerCode agencyCode fieldCode received receivedOnline finished early"
            + " onTime late inProgress inProgressInTime inProgressOverdue carriedOver onTimeRate onlineRate"
            + " averageRating ratings ratingsByLevel";

    @Inject
    TestClock testClock;
    @Inject
    CenterClock clock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void anEndedMonthIsKeptOnceAndAnswersAsOnItsLastDay() throws SQLException {
        graphql(Tokens.administrator(), "mutation { createCenter(input: {code: \"" + CENTER
                + "\", name: \"Điểm phục vụ thử\", province: \"Cà Mau\"}) { userErrors { code } } }")
                .body("data.createCenter.userErrors", empty());
        YearMonth ended = YearMonth.from(clock.today()).minusMonths(1);
        travelTo(ended.atDay(10));
        String officer = Tokens.counterOfficer(CENTER, "Q01");
        String applicant = DossierFixtures.newApplicantId();
        String finished = DossierFixtures.receive(officer, applicant).getString("receipt.dossier.code");
        DossierFixtures.receive(officer, DossierFixtures.newApplicantId());
        act(officer, "transferDossier", Map.of("code", finished, "toAgencyCode", DossierFixtures.AGENCY));
        act(Tokens.departmentOfficer(DossierFixtures.AGENCY), "recordResult", Map.of("code", finished));
        act(Tokens.citizen(applicant), "rateDossier", Map.of("code", finished, "rating", 4));

        travelTo(ended.atEndOfMonth());
        Map<StatisticsGrouping, List<Map<String, Object>>> onLastDay = new EnumMap<>(StatisticsGrouping.class);
        for (StatisticsGrouping grouping : StatisticsGrouping.values()) {
            onLastDay.put(grouping, figures(ended, grouping));
        }
        assertEquals(0, keptMonths(ended), "a month is kept only once it has ended");
        Map<String, Object> center = onLastDay.get(StatisticsGrouping.CENTER).get(0);
        assertEquals(List.of(2, 1, 1, 1, 4.0f), List.of(center.get("received"), center.get("finished"),
                center.get("inProgress"), center.get("ratings"), center.get("averageRating")));

        testClock.reset();
        for (StatisticsGrouping grouping : StatisticsGrouping.values()) {
            assertEquals(onLastDay.get(grouping), figures(ended, grouping), grouping.name());
        }
        assertEquals(1, keptMonths(ended));
    }

    private void travelTo(LocalDate day) {
        testClock.advance(Duration.between(clock.now(), clock.startOf(day).plusHours(15)));
    }

    private static List<Map<String, Object>> figures(YearMonth month, StatisticsGrouping grouping) {
        return graphql(null, "{ dossierStatistics(centerCode: \"" + CENTER + "\", month: \"" + month + "\", groupBy: "
                + grouping + ") { " + FIGURES + " } }").body("errors", nullValue()).extract().jsonPath()
                .getList("data.dossierStatistics");
    }

    private long keptMonths(YearMonth month) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from statistics_month s join center c on c.id = s.center_id"
                        + " where c.code = ? and s.month = ?")) {
            ps.setString(1, CENTER);
            ps.setObject(2, month.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
