package vn.motcua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.common.time.CenterClock;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * "When is a dossier late?" has one answer, and every user of it gives that answer over the generated
 * history: each dossier's own {@code overdue} and {@code timeliness}, the work list's overdue filter, and
 * the public Decision 766 statistics.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class TimelinessTest {

    @Inject
    CenterClock clock;

    @Test
    void theDossiersTheWorkListAndTheStatisticsAgree() {
        String manager = Tokens.manager();
        Map<Timeliness, Integer> judged = new EnumMap<>(Timeliness.class);
        int behind = 0;
        int total = 0;
        // in progress at this month's end as the center's statistics count it: received at the center (the
        // manager also sees those received at a commune point to be returned here), before the month's end
        // (a dossier submitted online is not received yet), and neither finished nor closed
        int receivedInProgress = 0;
        Map<String, Object> receivedHere = Map.of("code", "BLU");
        Set<String> codes = new HashSet<>();
        OffsetDateTime monthEnd = clock.startOf(YearMonth.from(clock.today()).plusMonths(1).atDay(1));
        String after = null;
        do {
            JsonPath page = graphql(manager, "query($after: String) { dossiers(first: 100, after: $after) {"
                    + " pageInfo { hasNextPage endCursor }"
                    + " edges { node { code status overdue timeliness receivedAt center { code } } } } }",
                    after == null ? Map.of() : Map.of("after", after)).extract().jsonPath().setRootPath("data.dossiers");
            List<Map<String, Object>> nodes = page.getList("edges.node");
            for (Map<String, Object> node : nodes) {
                Timeliness t = Timeliness.valueOf((String) node.get("timeliness"));
                judged.merge(t, 1, Integer::sum);
                assertEquals(t.isBehind(), node.get("overdue"), "overdue is late-or-overdue: " + node);
                behind += t.isBehind() ? 1 : 0;
                if ((t == Timeliness.IN_TIME || t == Timeliness.OVERDUE) && receivedHere.equals(node.get("center"))
                        && node.get("receivedAt") != null
                        && OffsetDateTime.parse((String) node.get("receivedAt")).isBefore(monthEnd)) {
                    receivedInProgress++;
                }
                assertTrue(codes.add((String) node.get("code")), "each dossier once in the work list: " + node);
                total++;
            }
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertTrue(total >= 3000, "the generated history is there: " + total);
        assertTrue(judged.getOrDefault(Timeliness.LATE, 0) > 0 && judged.getOrDefault(Timeliness.EARLY, 0) > 0
                && judged.getOrDefault(Timeliness.OVERDUE, 0) > 0, "a varied history: " + judged);

        assertEquals(behind, count(manager, "{overdue: true}"), "the work list's filter");
        assertEquals(total - behind, count(manager, "{overdue: false}"));

        // the statistics: every finished dossier in exactly one month, judged the same way
        long finished = 0;
        long late = 0;
        long early = 0;
        YearMonth month = YearMonth.from(clock.today());
        // other tests move the clock forward, so a few dossiers finish in the months ahead
        for (YearMonth m = month.minusMonths(14); !m.isAfter(month.plusMonths(3)); m = m.plusMonths(1)) {
            JsonPath row = graphql(null, "{ dossierStatistics(centerCode: \"BLU\", month: \"" + m + "\") {"
                    + " finished early onTime late inProgress inProgressOverdue } }").extract().jsonPath();
            if (row.getList("data.dossierStatistics").isEmpty()) {
                continue;
            }
            row.setRootPath("data.dossierStatistics[0]");
            finished += row.getLong("finished");
            late += row.getLong("late");
            early += row.getLong("early");
            if (m.equals(month)) {
                assertEquals(judged.getOrDefault(Timeliness.OVERDUE, 0).longValue(), row.getLong("inProgressOverdue"),
                        "this month's overdue dossiers in progress");
                assertEquals(receivedInProgress, row.getLong("inProgress"), "this month's dossiers in progress");
            }
        }
        int finishedJudged = judged.getOrDefault(Timeliness.EARLY, 0) + judged.getOrDefault(Timeliness.ON_TIME, 0)
                + judged.getOrDefault(Timeliness.LATE, 0);
        assertEquals(finishedJudged, finished, "finished dossiers");
        assertEquals(judged.getOrDefault(Timeliness.LATE, 0).longValue(), late, "late dossiers");
        assertEquals(judged.getOrDefault(Timeliness.EARLY, 0).longValue(), early, "early dossiers");
    }

    private static long count(String token, String filter) {
        return graphql(token, "{ dossiers(first: 1, filter: " + filter + ") { totalCount } }").extract().jsonPath()
                .getLong("data.dossiers.totalCount");
    }
}
