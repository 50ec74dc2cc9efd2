package vn.motcua.common.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What live views (subscriptions) follow, through PostgreSQL's LISTEN/NOTIFY: a change announces itself in
 * its own transaction, so it is heard when, and only if, the transaction commits, by every instance behind
 * the load balancer. Each instance listens on one dedicated connection, outside the pool, re-opened after a
 * failure, and rebroadcasts to its own subscribers.
 */
@ApplicationScoped
public class LiveTopics {

    /** A kind of change and its channel. */
    public enum Topic {
        /** A ticket changed: {@code centerId:ticketId:action}. */
        QUEUE("motcua_queue"),
        /** A dossier changed: the outbox event's JSON body. */
        DOSSIER("motcua_dossier");

        final String channel;

        Topic(String channel) {
            this.channel = channel;
        }
    }

    private static final Logger LOG = Logger.getLogger(LiveTopics.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final Map<Topic, BroadcastProcessor<String>> topics = new EnumMap<>(Topic.class);
    private volatile boolean running;
    private Thread listener;

    public LiveTopics() {
        for (Topic topic : Topic.values()) {
            topics.put(topic, BroadcastProcessor.create());
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "motcua-live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The payloads announced on a topic from now on, on any instance. */
    public Multi<String> heard(Topic topic) {
        return topics.get(topic);
    }

    /** Announces a change to every instance when the current transaction commits (at most 8,000 bytes). */
    public void announce(EntityManager em, Topic topic, String payload) {
        // on the transaction's connection, as plain JDBC: as a native query Hibernate resolved pg_notify's void
        // result type on every call, throwing and catching an exception each time
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, topic.channel);
                notify.setString(2, payload);
                notify.execute();
            }
        });
    }

    private void listen() {
        while (running) {
            Properties props = new Properties();
            props.setProperty("user", username);
            password.ifPresent(p -> props.setProperty("password", p));
            try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement()) {
                for (Topic topic : Topic.values()) {
                    st.execute("LISTEN " + topic.channel);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        for (Topic topic : Topic.values()) {
                            if (topic.channel.equals(n.getName())) {
                                topics.get(topic).onNext(n.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Live listener lost its connection (%s); reconnecting", e.getMessage());
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
