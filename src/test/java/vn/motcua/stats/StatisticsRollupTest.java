package vn.motcua.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.common.time.CenterClock;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * The month figures the database keeps (V27's {@code statistics_rollup}, with V28's open dossiers) must always
 * equal the same figures counted from the dossiers themselves, here by the range queries the statistics used
 * before they were kept:
 * after inserts, every kind of update, deletes, two writers on one figure row at once, and a change of zone.
 * So must each dossier's kept overdue moment equal {@code dossier_overdue_after} of its columns.
 * The writes are plain SQL on purpose: the trigger keeps every writer in step, not only the service.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class StatisticsRollupTest {

    /** Per center, local month and procedure, counted from the dossiers: what the kept rows must hold. */
    private static final String COUNTED = """
            with d as (select d.*, date_trunc('month', d.received_at at time zone :zone)::date as received_month,
                              date_trunc('month', d.finished_at at time zone :zone)::date as finished_month,
                              date_trunc('month', d.rated_at at time zone :zone)::date as rated_month,
                              dossier_timeliness(d.status, d.legal_due_date, d.legal_due_at, d.finished_at, d.paused_at,
                                                 d.supplement_count, now(), :zone) as judged
                         from dossier d),
            figures as (
              select center_id, received_month as month, procedure_id, count(*) as received,
                     count(*) filter (where channel = 'ONLINE') as received_online, 0 as finished, 0 as early,
                     0 as on_time, 0 as carried_over, 0 as ratings, 0 as rating_sum, 0 as rated_5,
                     count(*) filter (where finished_at is null
                                        and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED')) as open_now
                from d where received_at is not null group by 1, 2, 3
              union all
              select center_id, finished_month, procedure_id, 0, 0, count(*), count(*) filter (where judged = 'EARLY'),
                     count(*) filter (where judged in ('EARLY', 'ON_TIME')),
                     count(*) filter (where received_month < finished_month
                                        and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED')), 0, 0, 0, 0
                from d where finished_at is not null group by 1, 2, 3
              union all
              select center_id, rated_month, procedure_id, 0, 0, 0, 0, 0, 0, count(rating), coalesce(sum(rating), 0),
                     count(*) filter (where rating = 5), 0
                from d where rated_at is not null group by 1, 2, 3)
            select center_id, month, procedure_id, sum(received), sum(received_online), sum(finished), sum(early),
                   sum(on_time), sum(carried_over), sum(ratings), sum(rating_sum), sum(rated_5), sum(open_now)
              from figures group by 1, 2, 3""";
    private static final String KEPT = """
            select center_id, month, procedure_id, received, received_online, finished, early, on_time, carried_over,
                   ratings, rating_sum, rated_5, open_now
              from statistics_rollup
             where received <> 0 or received_online <> 0 or finished <> 0 or ratings <> 0 or rating_sum <> 0""";

    @Inject
    CenterClock clock;

    @Test
    void theKeptFiguresFollowEveryWriteToTheDossiers() throws Exception {
        try (Connection c = connect()) {
            assertKeptAsCounted(c, clock.zoneId(), "after the demo history's bulk insert");
            long procedure = scalar(c, "select procedure_id from dossier order by id limit 1");
            long otherProcedure = scalar(c, "select max(procedure_id) from dossier where procedure_id <> " + procedure);
            long first = insertDossier(c, procedure, "ROLLUP-1");
            long second = insertDossier(c, procedure, "ROLLUP-2");
            assertKeptAsCounted(c, clock.zoneId(), "after single inserts");
            // a write the figures do not count (an open dossier's status) leaves their rows alone: no lock, no write
            String rowVersion = "select r.xmin::text from statistics_rollup r join dossier d on d.id = " + first
                    + " and r.center_id = d.center_id and r.procedure_id = d.procedure_id"
                    + " and r.month = date_trunc('month', d.received_at at time zone '" + clock.zoneId() + "')::date";
            String before = text(c, rowVersion);
            update(c, "update dossier set status = 'SUPPLEMENT_REQUESTED' where id = " + first);
            assertEquals(before, text(c, rowVersion), "a write that changes no figure");
            update(c, "update dossier set status = 'PROCESSING' where id = " + first);

            update(c, "update dossier set status = 'RESULT_READY', finished_at = received_at + interval '40 days'"
                    + " where id = " + first);
            update(c, "update dossier set status = 'RETURNED' where id = " + first);
            update(c, "update dossier set rating = 5, rated_at = finished_at + interval '1 day' where id = " + first);
            update(c, "update dossier set legal_due_date = (received_at at time zone '" + clock.zoneId()
                    + "')::date where id = " + first);
            update(c, "update dossier set paused_at = received_at + interval '1 day' where id = " + second);
            update(c, "update dossier set legal_due_at = received_at + interval '4 hours', supplement_count = 2"
                    + " where id = " + second);
            update(c, "update dossier set channel = 'ONLINE', procedure_id = " + otherProcedure
                    + " where id = " + second);
            update(c, "update dossier set status = 'WITHDRAWN', finished_at = received_at + interval '2 days'"
                    + " where id = " + second);
            update(c, "update dossier set applicant_phone = '0900000001' where id = " + first);
            assertKeptAsCounted(c, clock.zoneId(), "after finishing, rating, new due dates, a pause, a second"
                    + " supplement request, a new procedure, a withdrawal");

            update(c, "delete from dossier_event where dossier_id in (" + first + ", " + second + ")");
            update(c, "delete from dossier where id in (" + first + ", " + second + ")");
            assertKeptAsCounted(c, clock.zoneId(), "after deletes");
        }
    }

    @Test
    void twoWritersOnTheSameFigureRowAreBothCounted() throws Exception {
        List<Long> open = new ArrayList<>();
        long procedure;
        try (Connection c = connect()) {
            procedure = scalar(c, "select procedure_id from dossier order by id limit 1");
            open.add(insertDossier(c, procedure, "ROLLUP-3"));
            open.add(insertDossier(c, procedure, "ROLLUP-4"));
        }
        String finish = "update dossier set status = 'RESULT_READY', finished_at = received_at + interval '1 day'"
                + " where id = ";
        try (Connection firstWriter = connect(); Connection secondWriter = connect()) {
            firstWriter.setAutoCommit(false);
            secondWriter.setAutoCommit(false);
            update(firstWriter, finish + open.get(0));
            // the second writer's figure row is the first's: it waits for the first to commit
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try {
                    update(secondWriter, finish + open.get(1));
                    secondWriter.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second writer waits on the figure row the first holds");
            firstWriter.commit();
            second.get(10, TimeUnit.SECONDS);
        }
        try (Connection c = connect()) {
            assertKeptAsCounted(c, clock.zoneId(), "after two writers on one row");
            update(c, "delete from dossier where id in (" + open.get(0) + ", " + open.get(1) + ")");
        }
    }

    @Test
    void aNewZoneBuildsTheFiguresAgain() throws SQLException {
        try (Connection c = connect()) {
            try {
                assertTrue(useZone(c, "UTC"), "a zone not kept yet builds the figures");
                assertKeptAsCounted(c, "UTC", "in UTC months");
                assertFalse(useZone(c, "UTC"), "the zone already kept builds nothing");
            } finally {
                assertTrue(useZone(c, clock.zoneId()));
            }
            assertKeptAsCounted(c, clock.zoneId(), "back in the centers' zone");
        }
    }

    private static void assertKeptAsCounted(Connection c, String zone, String when) throws SQLException {
        List<String> counted = rows(c, COUNTED, zone);
        List<String> kept = rows(c, KEPT, zone);
        assertTrue(counted.size() > 0, "the demo history has dossiers");
        List<String> notKept = counted.stream().filter(row -> !kept.contains(row)).toList();
        List<String> notCounted = kept.stream().filter(row -> !counted.contains(row)).toList();
        assertEquals(List.of(), notKept, "figures " + when + " counted but not kept (as kept: " + notCounted + ")");
        assertEquals(counted.size(), kept.size(), "as many kept rows as counted " + when);
        assertEquals(List.of(), rows(c, """
                select id, code, overdue_after from dossier where overdue_after is distinct from
                  dossier_overdue_after(legal_due_date, legal_due_at, paused_at, supplement_count, :zone)""", zone),
                "every dossier's overdue moment kept " + when);
    }

    private static List<String> rows(Connection c, String sql, String zone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from (" + sql.replace(":zone", "?")
                + ") r order by 1, 2, 3")) {
            int parameters = sql.split(":zone", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                ps.setString(i, zone);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }

    private static long insertDossier(Connection c, long procedure, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier (code, center_id, procedure_id, channel, status, current_agency_id, applicant_name,
                    applicant_id_number, lookup_secret_hash, received_at, legal_due_date)
                select ?, center_id, procedure_id, 'DIRECT', 'PROCESSING', current_agency_id, 'Nguyễn Văn Thử',
                    '001090000099', lookup_secret_hash, now() - interval '35 days', current_date - 3
                  from dossier where procedure_id = ? order by id limit 1
                returning id""")) {
            ps.setString(1, code);
            ps.setLong(2, procedure);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean useZone(Connection c, String zone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select use_center_zone(?)")) {
            ps.setString(1, zone);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
    }
}
