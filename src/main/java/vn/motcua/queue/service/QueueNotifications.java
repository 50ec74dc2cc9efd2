package vn.motcua.queue.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's {@code motcua_queue} channel and rebroadcasts to this instance's
 * subscribers. Every instance behind the load balancer listens, so a ticket called through any
 * instance reaches the boards subscribed to all of them. One dedicated connection, outside the pool,
 * re-opened after a failure.
 */
@ApplicationScoped
public class QueueNotifications {

    public record QueueEvent(long centerId, long ticketId, String action) {
    }

    private static final Logger LOG = Logger.getLogger(QueueNotifications.class);
    static final String CHANNEL = "motcua_queue";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private final BroadcastProcessor<QueueEvent> events = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "motcua-queue-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    public Multi<QueueEvent> events() {
        return events;
    }

    private void listen() {
        while (running) {
            Properties props = new Properties();
            props.setProperty("user", username);
            password.ifPresent(p -> props.setProperty("password", p));
            try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        String[] parts = n.getParameter().split(":", 3);
                        events.onNext(new QueueEvent(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Queue listener lost its connection (%s); reconnecting", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
