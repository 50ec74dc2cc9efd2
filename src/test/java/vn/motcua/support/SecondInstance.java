package vn.motcua.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A second instance of the packaged service on its own port, against the tests' PostgreSQL, trusting
 * the tests' token key: what runs behind the load balancer next to the first one.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    public final String baseUri;

    private SecondInstance(Process process, String baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    public static SecondInstance start(String... extraOptions) throws Exception {
        return start(List.of("-Dkeycloak.url=http://127.0.0.1:9", "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + testPublicKey()), extraOptions);
    }

    /** An instance that fetches its token keys from the provider at realmUrl and takes tokens issued by issuer. */
    public static SecondInstance trustingProvider(String realmUrl, String issuer, String... extraOptions) throws Exception {
        return start(List.of("-Dquarkus.oidc.auth-server-url=" + realmUrl, "-Dquarkus.oidc.token.issuer=" + issuer,
                "-Dquarkus.oidc.token.audience=motcua", "-Dquarkus.oidc.client-id=motcua"), extraOptions);
    }

    private static SecondInstance start(List<String> oidcOptions, String... extraOptions) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the native workflow tests the binary; ./mvnw verify the jar
        String nativeImage = System.getProperty("native.image.path");
        boolean nativeRun = nativeImage != null && Files.isExecutable(Path.of(nativeImage));
        List<String> command = new ArrayList<>();
        command.add(nativeRun ? nativeImage : ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.profile=test");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.datasource.jdbc.url=" + EmbeddedPostgresResource.jdbcUrl());
        command.add("-Dquarkus.datasource.username=postgres");
        command.add("-Dquarkus.datasource.password=postgres");
        command.addAll(oidcOptions);
        command.addAll(List.of(extraOptions));
        if (!nativeRun) {
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "second-instance.log").toFile()).start();
        SecondInstance instance = new SecondInstance(process, "http://127.0.0.1:" + port);
        instance.awaitReady();
        return instance;
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited; see target/second-instance.log");
            }
            try {
                if (RestAssured.given().baseUri(baseUri).port(java.net.URI.create(baseUri).getPort())
                        .get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the second instance did not get ready in 90 s");
    }

    /** The public half of the key OidcWiremockTestResource signs with, as quarkus.oidc.public-key wants it. */
    private static String testPublicKey() throws Exception {
        try (InputStream in = SecondInstance.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
            RsaJsonWebKey jwk = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(jwk.getRsaPublicKey().getEncoded());
        }
    }

    /** SIGTERM, as an orchestrator stops a replica. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: a crash, nothing gets to finish. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean waitForExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
