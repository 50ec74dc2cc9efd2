package vn.motcua.contract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The client operations against the packaged application. */
@QuarkusIntegrationTest
class OperationsContractIT extends OperationsContractTest {
}
