package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL 17 server (zonky's binaries) for the tests: loopback only, files under target/,
 * thrown away after the run. The same resource serves {@code *IT} runs against the packaged app.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String jdbcUrl;
    private EmbeddedPostgres postgres;

    /** The running server's URL, for tests that start a second instance of the service against it. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * A new database of the server, named {@code name} (dropped first if a run left it), migrated up to
     * {@code version}: for tests of what a later migration does to rows an earlier one held. Its URL.
     */
    public static String databaseMigratedTo(String name, String version) throws SQLException {
        try (Connection server = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        String url = jdbcUrl.replace("/postgres", "/" + name);
        Flyway.configure().dataSource(url, "postgres", "postgres").target(version).load().migrate();
        return url;
    }

    /** Migrates the database at {@code url} to the latest migration. */
    public static void migrateToLatest(String url) {
        Flyway.configure().dataSource(url, "postgres", "postgres").load().migrate();
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dataDir = Files.createDirectories(Path.of("target", "test-postgres"));
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(dataDir.toFile())
                    .setDataDirectory(Files.createTempDirectory(dataDir, "data-"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
