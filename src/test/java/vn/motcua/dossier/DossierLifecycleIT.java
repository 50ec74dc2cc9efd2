package vn.motcua.dossier;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application (and, in the native workflow, the binary). */
@QuarkusIntegrationTest
class DossierLifecycleIT extends DossierLifecycleTest {
}
