package vn.motcua.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.motcua.notification.DeliveryConfig;

/**
 * Runs every kind of delivery apart from the requests, one thread each, on every instance: each polls,
 * then works while something is due. Their retries share one backoff rule.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    @Inject
    DeliveryConfig config;
    @Inject
    @Any
    Instance<DueDeliveries> kinds;

    private ScheduledExecutorService workers;
    private volatile boolean stopping;

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        workers = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "motcua-outbox");
            thread.setDaemon(true);
            return thread;
        });
        for (DueDeliveries kind : kinds) {
            workers.scheduleWithFixedDelay(() -> deliverWhileDue(kind), config.poll().toMillis(),
                    config.poll().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void deliverWhileDue(DueDeliveries kind) {
        try {
            while (!stopping && kind.deliverNext()) {
                // keep going while deliveries are due
            }
        } catch (RuntimeException e) {
            // the database may be gone for a moment (or for good, at shutdown): the next poll tries again
            if (!stopping) {
                LOG.warnf("Deliveries paused (%s): %s", kind.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    /** The wait before the next attempt: doubling up to the cap, then a random half of it taken off. */
    public Duration backoff(int attempts) {
        long base = config.backoff().toMillis();
        long capped = Math.min(config.maxBackoff().toMillis(), base << Math.min(attempts - 1, 30));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    public int maxAttempts() {
        return config.maxAttempts();
    }
}
