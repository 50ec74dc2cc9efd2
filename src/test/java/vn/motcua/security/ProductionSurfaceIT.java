package vn.motcua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * The packaged application (built as for production) ships no GraphQL UI, no schema download and no
 * introspection; clients take the schema from frontend-contract/.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(ProductionSurfaceIT.ProductionSwitches.class)
class ProductionSurfaceIT {

    /** The integration tests run the package in the test profile: this turns on what %prod turns on. */
    public static class ProductionSwitches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.graphql.introspection", "false");
        }
    }

    @Test
    void noGraphQLUiAndNoSchemaDownload() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/graphql/schema.graphql").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    }

    @Test
    void noIntrospectionButTypenameStillAnswers() {
        for (String introspection : new String[] {"{ __schema { queryType { name } } }", "{ __type(name: \"Dossier\") { name } }"}) {
            graphql(introspection).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
            // a second time: the document cache must not let a refused document through
            graphql(introspection).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        graphql("{ __typename }").body("errors", nullValue()).body("data.__typename", equalTo("Query"));
    }
}
