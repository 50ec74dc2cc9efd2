package vn.motcua.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same refusals from the packaged application. */
@QuarkusIntegrationTest
class HardeningIT extends HardeningTest {
}
