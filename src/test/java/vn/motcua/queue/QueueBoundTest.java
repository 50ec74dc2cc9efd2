package vn.motcua.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.QueueFixtures.callNext;
import static vn.motcua.support.QueueFixtures.newCenter;
import static vn.motcua.support.QueueFixtures.open;
import static vn.motcua.support.QueueFixtures.take;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;

/** The starvation bound, with the test clock moved on (in-process only: QueueIT runs QueueTest's cases). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class QueueBoundTest {

    @Inject
    TestClock testClock;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void aGroupTheCounterPrefersLessWaitsNoLongerThanTheBound() {
        // motcua.queue.max-wait: 30 minutes, the default; tickets are per day, so not across midnight
        java.time.LocalTime local = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        if (local.isAfter(java.time.LocalTime.of(23, 0))) {
            testClock.advance(Duration.ofHours(2));
        }
        String center = newCenter(1);
        take(null, center, "B", null);
        take(null, center, "A", null);
        open(center, 1);
        assertEquals("A001", callNext(center, 1).getString("ticket.number"), "within the bound, the preference");
        take(null, center, "A", null);
        testClock.advance(Duration.ofMinutes(31));
        take(null, center, "A", null);
        assertEquals("B001", callNext(center, 1).getString("ticket.number"), "past it, the longest wait first");
        assertEquals("A002", callNext(center, 1).getString("ticket.number"));
        assertEquals("A003", callNext(center, 1).getString("ticket.number"));
    }

}
