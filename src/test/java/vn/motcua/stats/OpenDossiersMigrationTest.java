package vn.motcua.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.common.time.CenterClock;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * V28 counts the dossiers open at the time it runs into the kept figures of a database that V27 already kept
 * figures in: a database of its own is migrated to V27, its zone stated, given some of the demo history's
 * dossiers (open and finished) with what they refer to, then migrated on.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenDossiersMigrationTest {

    private static final String OPEN = "finished_at is null and status not in ('REFUSED', 'WITHDRAWN', 'STOPPED')";

    @Inject
    DataSource dataSource;
    @Inject
    CenterClock clock;

    @Test
    void theDossiersOpenBeforeV28AreKeptAsOpen() throws Exception {
        String url = EmbeddedPostgresResource.databaseMigratedTo("open_dossiers_migration", "27");
        try (Connection main = dataSource.getConnection();
                Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("select use_center_zone('" + clock.zoneId() + "')");
            // thirty open and thirty finished dossiers of the center, with their procedures, agencies and fields
            String ofTheCenter = "select * from dossier where center_id = (select id from center where code = 'BLU')"
                    + " and return_center_id is null and case_id is null and ";
            String dossiers = "(" + ofTheCenter + OPEN + " order by id limit 30) union all (" + ofTheCenter
                    + "finished_at is not null order by id limit 30)";
            copy(main, db, "center", "select * from center where code = 'BLU'");
            copy(main, db, "agency", "select * from agency");
            copy(main, db, "field", "select * from field");
            copy(main, db, "procedure", "select * from procedure where id in (select procedure_id from ("
                    + dossiers + ") d)");
            copy(main, db, "dossier", dossiers);
            assertEquals(List.of("0"), rows(db, "select coalesce(sum(received), 0) - 60 from statistics_rollup"),
                    "V27 kept the sixty receptions");

            EmbeddedPostgresResource.migrateToLatest(url);
            List<String> counted = rows(db, "select center_id, date_trunc('month', received_at at time zone '"
                    + clock.zoneId() + "')::date, procedure_id, count(*) from dossier where " + OPEN
                    + " group by 1, 2, 3 order by 1, 2, 3");
            assertEquals(30, counted.stream().mapToLong(row -> Long.parseLong(row.split(" ")[3])).sum());
            assertEquals(counted, rows(db, "select center_id, month, procedure_id, open_now from statistics_rollup"
                    + " where open_now <> 0 order by 1, 2, 3"), "each month of receipt keeps its open dossiers");
        }
    }

    /** The rows {@code select} reads from {@code from}, inserted into the same table of {@code to}. */
    private static void copy(Connection from, Connection to, String table, String select) throws SQLException {
        try (Statement read = from.createStatement(); ResultSet rs = read.executeQuery(select)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            int copied = 0;
            try (PreparedStatement write = to.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        write.setObject(i, rs.getObject(i), rs.getMetaData().getColumnType(i));
                    }
                    write.executeUpdate();
                    copied++;
                }
            }
            assertTrue(copied > 0, "rows of " + table + " to copy");
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                int columns = rs.getMetaData().getColumnCount();
                rows.add(IntStream.rangeClosed(1, columns).mapToObj(i -> {
                    try {
                        return rs.getString(i);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.joining(" ")));
            }
            return rows;
        }
    }
}
