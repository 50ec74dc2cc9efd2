package vn.motcua.queue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application (and, in the native workflow, the binary). */
@QuarkusIntegrationTest
class QueueIT extends QueueTest {
}
