package vn.motcua.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphqlAt;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.SecondInstance;
import vn.motcua.support.Tokens;

/**
 * The backup the README gives deployers, proved end to end: a base backup of a running PostgreSQL 17
 * plus its archived WAL, restored into a fresh cluster, serves the packaged service again. The base
 * backup is taken with the server's own low-level API (pg_backup_start, a file copy, pg_backup_stop), what
 * pg_basebackup does over the replication protocol; the WAL archive brings back what was written after
 * it. Afterwards a dossier look-up answers for both dossiers, and the day's code sequence continues.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BackupRestoreIT {

    static final String RECEIVE = "mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) {"
            + " receipt { lookupSecret dossier { code } } userErrors { code message } } }";
    static final String STATUS = "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) { code status } }";
    /** Written by the server while it runs, not part of a backup (PostgreSQL documentation, 26.3.3). */
    static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "pg_wal");

    @Test
    void aBaseBackupAndItsWalArchiveRestoreIntoAServiceThatCarriesOn() throws Exception {
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-postgres")), "backup-");
        Path archive = Files.createDirectories(root.resolve("wal-archive")).toAbsolutePath();
        Path base = root.resolve("base-backup");
        Path restored = root.resolve("restored");

        String[] before;
        String[] after;
        // archiving as a deployer sets it up (ALTER SYSTEM, then a restart: archive_mode is read at start)
        try (EmbeddedPostgres fresh = cluster(root.resolve("primary")).start();
                Connection c = fresh.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("alter system set archive_mode = 'on'");
            s.execute("alter system set archive_command = 'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'");
        }
        try (EmbeddedPostgres primary = cluster(root.resolve("primary")).start()) {
            try (SecondInstance service = SecondInstance.start("-Dquarkus.datasource.jdbc.url=" + url(primary))) {
                before = receive(service);
                try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("set statement_timeout = '60s'"); // pg_backup_stop waits for the archive: not forever
                    s.execute("select pg_backup_start('motcua restore test', true)");
                    copy(dataDirectory(c), base);
                    try (ResultSet stop = s.executeQuery("select labelfile from pg_backup_stop(true)")) {
                        stop.next();
                        Files.writeString(base.resolve("backup_label"), stop.getString(1));
                    }
                }
                // written after the base backup: only the WAL archive has it
                after = receive(service);
                try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    try (ResultSet switched = s.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
                        switched.next();
                        awaitArchived(s, switched.getString(1));
                    }
                }
            }
        }

        // a fresh cluster from the base backup, replaying the archive, then open for writes
        copy(base, restored);
        Files.createDirectories(restored.resolve("pg_wal"));
        Files.setPosixFilePermissions(restored, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(restored.resolve("recovery.signal"), "");
        Files.writeString(restored.resolve("postgresql.auto.conf"),
                "restore_command = 'cp " + archive + "/%f %p'\narchive_mode = off\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (EmbeddedPostgres restoredCluster = cluster(restored).start();
                SecondInstance service = SecondInstance.start("-Dquarkus.datasource.jdbc.url=" + url(restoredCluster))) {
            for (String[] dossier : new String[][] {before, after}) {
                JsonPath status = graphql(service, null, STATUS, Map.of("c", dossier[0], "s", dossier[1]));
                assertEquals(dossier[0], status.getString("data.dossierStatus.code"), status.prettify());
            }
            String[] next = receive(service);
            assertEquals(number(after[0]) + 1, number(next[0]), "the day's sequence continues: " + after[0] + " then " + next[0]);
        }
    }

    private static EmbeddedPostgres.Builder cluster(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling(
                dataDirectory.getFileName() + ".log").toFile());
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(dataDirectory.getParent().toFile())
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setOutputRedirector(log).setErrorRedirector(log)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("max_connections", "100");
    }

    private static String url(EmbeddedPostgres cluster) {
        return "jdbc:postgresql://127.0.0.1:" + cluster.getPort() + "/postgres";
    }

    private static Path dataDirectory(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    /** The files of a data directory, without what the server writes only while it runs. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (Files.exists(file)) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Until the archiver has copied the WAL segment {@code segment} (and so every one before it). */
    private static void awaitArchived(Statement s, String segment) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (ResultSet rs = s.executeQuery("select coalesce(last_archived_wal >= '" + segment + "', false)"
                    + " from pg_stat_archiver")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("WAL segment " + segment + " was not archived in 30 s");
    }

    /**
     * Receives a dossier of the demo catalogue at the counter, for a procedure individuals file at a counter;
     * returns its code and look-up secret.
     */
    private static String[] receive(SecondInstance service) {
        String procedure = graphql(service, null, "{ procedures(first: 50, agencyCode: \"SXD\") { edges { node {"
                + " code applicantTypes channels { channel } } } } }", Map.of())
                .<Map<String, Object>>getList("data.procedures.edges.node").stream()
                .filter(p -> ((List<?>) p.get("applicantTypes")).contains("CITIZEN")
                        && ((List<?>) p.get("channels")).contains(Map.of("channel", "DIRECT")))
                .map(p -> (String) p.get("code")).findFirst().orElseThrow();
        Map<String, Object> input = Map.of("procedureCode", procedure, "channel", "DIRECT",
                "applicant", DossierFixtures.applicant(DossierFixtures.newApplicantId()));
        JsonPath receipt = graphql(service, Tokens.counterOfficer(), RECEIVE, Map.of("i", input))
                .setRootPath("data.receiveDossier.receipt");
        assertNotNull(receipt.getString("dossier.code"), receipt.prettify());
        return new String[] {receipt.getString("dossier.code"), receipt.getString("lookupSecret")};
    }

    /** The running number at the end of a dossier code. */
    private static int number(String code) {
        assertTrue(code.matches(".*-\\d+"), code);
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    private static JsonPath graphql(SecondInstance service, String token, String query, Map<String, Object> variables) {
        return graphqlAt(service.baseUri, token, query, variables).statusCode(200).extract().jsonPath();
    }
}
