package vn.motcua.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Posts real GraphQL documents over HTTP, as the clients do. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static ValidatableResponse graphql(String document) {
        return graphql(null, document, Map.of());
    }

    public static ValidatableResponse graphql(String token, String document) {
        return graphql(token, document, Map.of());
    }

    public static ValidatableResponse graphql(String token, String document, Map<String, Object> variables) {
        return graphqlAt(null, token, document, variables);
    }

    /** The same, against another instance of the service ({@code baseUri} like http://127.0.0.1:8099). */
    public static ValidatableResponse graphqlAt(String baseUri, String token, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (baseUri != null) {
            request = request.baseUri(baseUri).port(java.net.URI.create(baseUri).getPort());
        }
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }
}
