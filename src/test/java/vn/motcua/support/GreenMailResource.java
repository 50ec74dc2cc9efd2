package vn.motcua.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) on loopback; the service sends its e-mail there. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile Map<String, String> settings;

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
        settings = Map.of("motcua.notifications.email", "SMTP", "motcua.delivery.enabled", "true",
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.from", "Trung tâm Phục vụ hành chính công <motcua@localhost>",
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.tls", "false");
        return settings;
    }

    /** The same settings as command-line options, for a second instance of the service. */
    public static String[] asOptions() {
        return settings.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** The e-mails that reached an address so far. */
    public static List<MimeMessage> mailTo(String address) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(address)) {
                mine.add(message);
            }
        }
        return mine;
    }

    /** Waits up to 20 s for {@code count} e-mails to reach an address. */
    public static List<MimeMessage> awaitMail(String address, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mine = mailTo(address);
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " e-mails to " + address + ", got " + mailTo(address).size());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
