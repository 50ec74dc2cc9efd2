package vn.motcua.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.motcua.common.time.CenterClock;
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
    EntityManager em;
    @Inject
    CenterClock clock;
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

    /**
     * The next due row of a delivery table, locked for this instance's transaction ({@code SKIP LOCKED}: each
     * row is taken by one instance). A row waits while an earlier one of the same dossier on the same
     * {@code line} (an endpoint, a channel) is pending, so each line sees a dossier's events in order.
     */
    public Optional<Long> lockNextDue(String table, String line) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                select d.id from %1$s d
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                  and not exists (select 1 from %1$s p where p.%2$s = d.%2$s and p.dossier_id = d.dossier_id
                                  and p.status = 'PENDING' and p.id < d.id)
                order by d.next_attempt_at, d.id
                limit 1
                for update of d skip locked""".formatted(table, line)).setParameter("now", clock.now()).getResultList();
        return due.stream().findFirst().map(Number::longValue);
    }

    /** A due row taken for one attempt: its id, and which attempt this is. */
    public record Claim(long id, int attempt) {
    }

    /**
     * Takes the next due row for one attempt, in a transaction of its own that ends before anything is sent:
     * the attempt is counted and the row held from every instance for {@link DeliveryConfig#hold()}. A send
     * whose outcome is never recorded (the database gone for a moment, the instance killed) is then tried
     * again after the hold, a bounded number of times, instead of on every poll: at least once, never a storm.
     */
    public Optional<Claim> claimNextDue(String table, String line) {
        return QuarkusTransaction.requiringNew().call(() -> lockNextDue(table, line).map(id -> {
            Number attempt = (Number) em.createNativeQuery(("update %s set attempts = attempts + 1,"
                    + " next_attempt_at = :held where id = :id returning attempts").formatted(table))
                    .setParameter("held", clock.now().plus(config.hold())).setParameter("id", id).getSingleResult();
            return new Claim(id, attempt.intValue());
        }));
    }

    /** Whether a claim comes after the last attempt allowed (the ones before it were never recorded). */
    public boolean usedUp(Claim claim) {
        return claim.attempt() > config.maxAttempts();
    }

    /**
     * When to try again after a failed attempt: doubling from the first delay up to the cap, a random half of
     * it taken off; empty once the attempts are used up.
     */
    public Optional<OffsetDateTime> retryAfter(int attempts) {
        if (attempts >= config.maxAttempts()) {
            return Optional.empty();
        }
        long base = config.backoff().toMillis();
        long capped = Math.min(config.maxBackoff().toMillis(), base << Math.min(attempts - 1, 30));
        return Optional.of(clock.now().plus(
                Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1))));
    }
}
