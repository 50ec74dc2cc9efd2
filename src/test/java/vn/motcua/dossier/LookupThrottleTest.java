package vn.motcua.dossier;

import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * Guessing at the public look-up is throttled per code and per client address; a right secret does not
 * count, and an unknown code is throttled exactly like a known one. Its own profile, so the tight limits
 * here touch no other test.
 */
@QuarkusTest
@TestProfile(LookupThrottleTest.TightLimits.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class LookupThrottleTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.lookup.failures-per-code", "3", "motcua.lookup.failures-per-address", "8",
                    "motcua.lookup.window", "PT10M", "motcua.demo.dossiers", "10");
        }
    }

    static final String LOOKUP = "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) { status } }";

    @Test
    void wrongSecretsRunOutPerCodeThenPerAddress() {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        String code = receipt.getString("receipt.dossier.code");
        String secret = receipt.getString("receipt.lookupSecret");
        // a right secret costs nothing
        for (int i = 0; i < 5; i++) {
            status(code, secret).body("data.dossierStatus.status", equalTo("RECEIVED"));
        }
        for (int i = 0; i < 3; i++) {
            status(code, "WRONG" + i).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        // the code's allowance is used up: even the right secret waits now
        status(code, secret).body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        // an unknown code answers the same way, and runs out the same way
        for (int i = 0; i < 3; i++) {
            status("SXD-000101-0001", "WRONG" + i).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        status("SXD-000101-0001", "WRONG").body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        // two more codes use up the address: 8 wrong tries from here in all
        for (int i = 0; i < 2; i++) {
            status("SXD-000101-0002", "WRONG" + i).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        status("SXD-000101-0003", "WRONG").body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    private static io.restassured.response.ValidatableResponse status(String code, String secret) {
        return graphql(null, LOOKUP, Map.of("c", code, "s", secret));
    }
}
