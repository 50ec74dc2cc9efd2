package vn.motcua.queue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application (and, in the native workflow, the binary). */
@QuarkusIntegrationTest
class QueueIT extends QueueTest {

    /**
     * Not repeated here (70 s of the build): QueueTest runs it against the same code, and TwoInstancesIT runs
     * the same exactly-once check against the packaged application with counters on two instances. Overriding
     * without {@code @Test} takes the inherited test out of this class only.
     */
    @Override
    void thirtyTwoCountersCallAThousandTicketsEachExactlyOnce() {
    }
}
