package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
