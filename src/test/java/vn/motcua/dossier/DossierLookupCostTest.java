package vn.motcua.dossier;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** The public look-up, the service's busiest query, costs one SQL statement whatever the dossier's history. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierLookupCostTest {

    static final String LOOKUP = "query($c: String!, $s: String!) { dossierStatus(code: $c, secret: $s) {"
            + " code status statusCode procedureName currentAgencyName receivedAt appointmentDate legalDueDate"
            + " overdue timeliness finishedAt history { at action status agencyName } } }";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aLookUpIsOneStatement() {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        String code = receipt.getString("receipt.dossier.code");
        String secret = receipt.getString("receipt.lookupSecret");
        DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode", "STP"));
        String stp = agencyName("STP");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        graphql(null, LOOKUP, Map.of("c", code, "s", secret))
                .body("data.dossierStatus.status", equalTo("PROCESSING"))
                .body("data.dossierStatus.currentAgencyName", equalTo(stp))
                .body("data.dossierStatus.history.action", equalTo(List.of("RECEIVE", "TRANSFER")))
                .body("data.dossierStatus.timeliness", equalTo("IN_TIME"));
        assertEquals(1, statistics.getPrepareStatementCount(), "statements for one look-up");
    }

    private static String agencyName(String code) {
        return graphql("{ agencies { code name } }").extract().jsonPath()
                .getString("data.agencies.find { it.code == '" + code + "' }.name");
    }
}
