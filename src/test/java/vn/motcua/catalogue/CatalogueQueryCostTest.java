package vn.motcua.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * A page of procedures with their agency, field, channels and documents costs a fixed number of SQL
 * statements, whatever its size (batched {@code @Source} resolvers). Counts Hibernate's prepared
 * statements, so it runs in-process only: no {@code *IT} twin.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CatalogueQueryCostTest {

    static final String PAGE_WITH_DETAILS = """
            query Page($first: Int!) {
              procedures(first: $first) {
                totalCount
                edges { node {
                  code name
                  agency { code name }
                  field { code name agency { code } }
                  channels { channel processingDays feeVnd }
                  documents { name originals copies }
                  cases { name processingDays }
                } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementCountDoesNotGrowWithPageSize() {
        long twenty = statementsFor(20);
        long hundred = statementsFor(100);
        assertEquals(twenty, hundred, "a page of 100 must cost what a page of 20 costs");
        // count + page + agency + field + field's agency + channels + documents + cases
        // at least count + page: proves the statistics are on, so the equality above can fail
        assertTrue(twenty >= 2 && twenty <= 8, "expected 2 to 8 statements, got " + twenty);
    }

    private long statementsFor(int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        graphql(null, PAGE_WITH_DETAILS, java.util.Map.of("first", first))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.procedures.edges.size()", org.hamcrest.Matchers.equalTo(first));
        return statistics.getPrepareStatementCount();
    }
}
