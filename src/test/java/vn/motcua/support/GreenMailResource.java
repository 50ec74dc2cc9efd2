package vn.motcua.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on loopback; the service sends its e-mail there. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    /** The running server, for tests to read what arrived. */
    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("motcua.notifications.email", "SMTP", "motcua.delivery.enabled", "true",
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.from", "Trung tâm Phục vụ hành chính công <motcua@localhost>",
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
