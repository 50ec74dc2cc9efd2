package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL that a fault test stops and starts again, on the same port and the same data, while
 * the service keeps running against it.
 */
public class ControllablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedPostgres postgres;
    private static volatile Path dataDir;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-postgres"));
            dataDir = Files.createTempDirectory(root, "outage-");
            postgres = builder().start();
            port = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(), "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static EmbeddedPostgres.Builder builder() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(dataDir.getParent().toFile()).setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        return port == 0 ? builder : builder.setPort(port);
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The outage begins: the server stops (its data stays). */
    public static void stopServer() throws IOException {
        postgres.close();
    }

    /** The outage ends: the same server, same port, same data. */
    public static void startServer() throws IOException {
        postgres = builder().start();
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
