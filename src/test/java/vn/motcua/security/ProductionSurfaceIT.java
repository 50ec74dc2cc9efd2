package vn.motcua.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/** The packaged application (built as for production) ships no GraphQL UI and no schema download. */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProductionSurfaceIT {

    @Test
    void noGraphQLUiAndNoSchemaDownload() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/graphql/schema.graphql").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    }
}
