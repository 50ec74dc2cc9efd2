package vn.motcua.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A real S3 API server for the tests: s3proxy (Maven Central, copied to target/s3proxy by the build) in its
 * own JVM on loopback, keeping objects in a directory under target/. The service talks to it through its
 * production S3 client.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "motcua-test";
    public static final String SECRET_KEY = "motcua-test-secret";

    /** The server of the running test class, for tests that take it away for a while. */
    private static volatile S3ProxyResource current;

    private Process process;
    private String endpoint;
    private int port;
    private Path properties;
    private Path log;

    /** Starts the server; answers its endpoint, e.g. {@code http://127.0.0.1:40123}. */
    public String startServer() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the build's process-test-resources phase");
            }
            Path home = Files.createDirectories(Path.of("target", "test-s3"));
            Path data = Files.createTempDirectory(home, "data-");
            try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            endpoint = "http://127.0.0.1:" + port;
            properties = data.resolveSibling(data.getFileName() + ".properties");
            log = home.resolve("s3proxy.log");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data.toAbsolutePath()));
            launch();
            current = this;
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store goes away (its objects kept) until {@link #comeBack()}: an outage as the service sees it. */
    public static void goAway() throws InterruptedException {
        current.process.destroy();
        current.process.waitFor();
    }

    /** The store answers again on the same address, with the same objects. */
    public static void comeBack() throws IOException {
        current.launch();
    }

    private void launch() throws IOException {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitPort(port);
    }

    @Override
    public Map<String, String> start() {
        String url = startServer();
        return Map.of(
                "motcua.files.storage", "S3",
                "quarkus.s3.endpoint-override", url,
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", ACCESS_KEY,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", SECRET_KEY);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    private void awaitPort(int port) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("s3proxy exited with " + process.exitValue() + "; see target/test-s3/s3proxy.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("s3proxy did not listen on " + port + " within 60 s");
    }
}
