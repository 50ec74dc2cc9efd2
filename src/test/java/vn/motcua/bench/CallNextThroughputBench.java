package vn.motcua.bench;

import static vn.motcua.support.QueueFixtures.callNext;
import static vn.motcua.support.QueueFixtures.newCenter;
import static vn.motcua.support.QueueFixtures.open;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.QueueFixtures;

/**
 * callNextTicket throughput over real HTTP: one counter draining a queue alone (the baseline), then
 * 32 counters draining a queue of the same size at once, side by side. Run with bench/call-next.sh.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CallNextThroughputBench {

    static final int TICKETS = Integer.getInteger("bench.tickets", 1000);

    @Test
    void thirtyTwoCountersAgainstOne() throws Exception {
        double alone = drain(1);
        double together = drain(32);
        System.out.printf("%n[bench] callNextTicket, %d tickets: 1 counter %.0f calls/s, 32 counters %.0f calls/s,"
                + " ratio %.2f%n", TICKETS, alone, together, together / alone);
    }

    private double drain(int counters) throws Exception {
        String center = newCenter(counters);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(counters, 8));
        try {
            QueueFixtures.takeMany(center, "A", TICKETS, pool);
            for (int n = 1; n <= counters; n++) {
                open(center, n);
            }
            AtomicInteger calls = new AtomicInteger();
            List<Callable<Void>> desks = new ArrayList<>();
            for (int n = 1; n <= counters; n++) {
                int desk = n;
                desks.add(() -> {
                    while (callNext(center, desk).getString("ticket.number") != null) {
                        calls.incrementAndGet();
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> f : pool.invokeAll(desks)) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (calls.get() != TICKETS) {
                throw new AssertionError("called " + calls.get() + " of " + TICKETS);
            }
            return calls.get() / seconds;
        } finally {
            pool.shutdown();
        }
    }
}
