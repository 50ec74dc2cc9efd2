package vn.motcua.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same matrix against the packaged application. */
@QuarkusIntegrationTest
class AuthorizationMatrixIT extends AuthorizationMatrixTest {
}
