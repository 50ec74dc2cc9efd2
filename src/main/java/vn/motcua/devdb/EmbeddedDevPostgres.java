package vn.motcua.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The dev-mode PostgreSQL server: loopback only, data kept under target/dev-postgres between runs.
 * Live reload builds a new class loader, so the running server is found by its port, not by a field.
 */
public final class EmbeddedDevPostgres {

    private EmbeddedDevPostgres() {
    }

    public static Map<String, String> start(int port) {
        if (!listening(port)) {
            try {
                Path root = Files.createDirectories(Path.of("target", "dev-postgres"));
                EmbeddedPostgres.builder()
                        .setPort(port)
                        .setOverrideWorkingDirectory(root.toFile())
                        .setDataDirectory(root.resolve("data"))
                        .setCleanDataDirectory(false)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
                // zonky stops the server from its own shutdown hook when dev mode exits
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
