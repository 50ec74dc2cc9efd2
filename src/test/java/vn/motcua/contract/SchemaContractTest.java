package vn.motcua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * frontend-contract/schema.graphql is the promise to the client teams: this fails when the server's
 * schema and the committed file differ, so every change to the API shows in review.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SchemaContractTest {

    static final Path CONTRACT = Path.of("frontend-contract", "schema.graphql");
    static final String REGENERATE = "./mvnw test -Dtest=SchemaContractTest -Dmotcua.contract.write=true";

    @Test
    void committedSchemaIsTheServersSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString().strip() + "\n";
        if (Boolean.getBoolean("motcua.contract.write")) {
            Files.writeString(CONTRACT, served);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT) : "";
        assertEquals(committed, served, "The API changed: review the difference, then regenerate "
                + CONTRACT + " with `" + REGENERATE + "` and commit it with the change.");
    }
}
