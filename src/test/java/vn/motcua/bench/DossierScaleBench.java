package vn.motcua.bench;

import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.common.time.CenterClock;
import vn.motcua.demo.DemoDossierHistory;
import vn.motcua.dossier.service.LookupSecrets;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Dossier reads at scale: the three hot queries timed over real HTTP on the demo history (the
 * baseline), then again after loading a million dossiers, side by side, with the PostgreSQL plans.
 * Run with bench/dossier-scale.sh; skipped by ./mvnw verify.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DossierScaleBench {

    static final int MILLION = Integer.getInteger("bench.dossiers", 1_000_000);
    static final int RUNS = 30;

    @Inject
    DataSource dataSource;
    @Inject
    CenterClock clock;
    @Inject
    LookupSecrets secrets;

    @Test
    void readsStayFlatFromThousandsToAMillionDossiers() throws SQLException {
        String month = clock.today().minusMonths(2).toString().substring(0, 7);
        String code = sampleCode();
        double[] baseline = measure(code, month);
        long baselineRows = count();

        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DemoDossierHistory.generate(c, MILLION, 0.42, clock.today(), clock.zoneId(),
                    secrets.hash(DemoDossierHistory.DEMO_SECRET));
            // The test database commits asynchronously (zonky's default). A vacuum right after an asynchronous
            // commit finds the commit not yet flushed, sets no hint bits and marks no page all-visible: every
            // index-only scan then reads the table (this month's statistics took 855 ms on 2026-12-03).
            try (java.sql.Statement synchronous = c.createStatement()) {
                synchronous.execute("set local synchronous_commit = on");
            }
            c.commit();
        }
        // as after any bulk load, and as autovacuum does on its own within minutes of one: the visibility
        // map lets the statistics' covering indexes answer without reading the table
        try (Connection c = dataSource.getConnection(); java.sql.Statement vacuum = c.createStatement()) {
            vacuum.execute("vacuum (analyze) dossier");
        }
        System.out.printf("%n[bench] generated %,d dossiers in %.1f s%n", MILLION, (System.nanoTime() - started) / 1e9);
        printRows("pages all-visible after the vacuum",
                "select relpages, relallvisible from pg_class where relname = 'dossier'");
        // the generator dropped the kept figures: the first request computes the ended month again
        long first = System.nanoTime();
        graphql(null, statistics(month)).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        System.out.printf("[bench] first dossierStatistics of the ended month, computing and keeping it: %.0f ms%n",
                (System.nanoTime() - first) / 1e6);
        double[] scaled = measure(code, month);
        long scaledRows = count();

        String[] names = { "dossierStatus(code, secret)", "dossiers(first: 20) of one agency",
            "dossierStatistics(ended month, AGENCY)", "dossierStatistics(this month, AGENCY)" };
        System.out.printf("[bench] median of %d requests over HTTP, %,d dossiers vs %,d%n", RUNS, scaledRows, baselineRows);
        for (int i = 0; i < names.length; i++) {
            System.out.printf("[bench] %-38s %8.2f ms  vs %8.2f ms  ratio %.2f%n", names[i], scaled[i], baseline[i],
                    scaled[i] / baseline[i]);
        }
        explain("dossierStatus", "select * from dossier where code = '" + code + "'");
        explain("first work-list page", """
                select * from dossier d where d.current_agency_id = (select id from agency where code = 'STP')
                order by coalesce(d.appointment_date, date '9999-12-31'), d.id limit 21""");
        explain("this month's statistics by agency", liveStatistics(clock.today().withDayOfMonth(1)));
        explain("month statistics (received range)", """
                select count(*) from dossier d where d.center_id = 1 and d.received_at >= date '%s-01'
                  and d.received_at < date '%s-01' + interval '1 month'""".formatted(month, month));
    }

    private double[] measure(String code, String month) {
        String officer = Tokens.departmentOfficer("STP");
        String status = "{ dossierStatus(code: \"" + code + "\", secret: \"" + DemoDossierHistory.DEMO_SECRET + "\") { status } }";
        String workList = "{ dossiers(first: 20) { edges { node { code status appointmentDate overdue } } } }";
        String thisMonth = clock.today().toString().substring(0, 7);
        return new double[] { median(null, status), median(officer, workList), median(null, statistics(month)),
            median(null, statistics(thisMonth)) };
    }

    private static String statistics(String month) {
        return "{ dossierStatistics(centerCode: \"BLU\", month: \"" + month + "\", groupBy: AGENCY) { agencyCode onTimeRate } }";
    }

    private static double median(String token, String document) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 3; i++) {
            long start = System.nanoTime();
            graphql(token, document).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            if (i >= 3) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private String sampleCode() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select code from dossier where demo order by id limit 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from dossier");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The service's own statement for a month's live figures, the center, month's bounds and now written in. */
    private String liveStatistics(java.time.LocalDate first) {
        try {
            java.lang.reflect.Method live = vn.motcua.stats.service.StatisticsQueries.class
                    .getDeclaredMethod("liveSql", vn.motcua.stats.StatisticsGrouping.class);
            live.setAccessible(true);
            String sql = (String) live.invoke(null, vn.motcua.stats.StatisticsGrouping.AGENCY);
            return sql.replace(":first", "'" + first + "'").replace(":center", "1")
                    .replace(":startAt", "'" + clock.startOf(first) + "'::timestamptz")
                    .replace(":endAt", "'" + clock.startOf(first.plusMonths(1)) + "'::timestamptz")
                    .replace(":asOf", "now()");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void printRows(String name, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append(i < columns ? " | " : "");
                }
                System.out.println("[bench] " + name + ": " + row);
            }
        }
    }

    private void explain(String name, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("explain (analyze, buffers off, costs off) " + sql);
                ResultSet rs = ps.executeQuery()) {
            System.out.println("[bench] plan of " + name + ":");
            while (rs.next()) {
                System.out.println("[bench]   " + rs.getString(1));
            }
        }
    }
}
