package vn.motcua.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** {@code node(id:)} fetches every type that implements Node, each with its own access rules. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class NodeTest {

    @Test
    void everyNodeTypeResolvesByItsId() {
        String manager = Tokens.manager();
        Map<String, String> ids = new LinkedHashMap<>();
        JsonPath catalogue = graphql(null, "{ agencies { id } fields { id } centers { id }"
                + " procedures(first: 1) { edges { node { id } } } }").extract().jsonPath();
        ids.put("Agency", catalogue.getString("data.agencies[0].id"));
        ids.put("Field", catalogue.getString("data.fields[0].id"));
        ids.put("Center", catalogue.getString("data.centers[0].id"));
        ids.put("Procedure", catalogue.getString("data.procedures.edges[0].node.id"));
        ids.put("Dossier", graphql(manager, "{ dossiers(first: 1) { edges { node { id } } } }").extract().jsonPath()
                .getString("data.dossiers.edges[0].node.id"));
        DossierFixtures.ensureProcedure();
        JsonPath ticket = graphql(null, "mutation { takeTicket(input: {centerCode: \"BLU\", procedureCode: \""
                + DossierFixtures.PROCEDURE + "\"}) { ticket { id group { id } } userErrors { code } } }")
                .extract().jsonPath();
        ids.put("Ticket", ticket.getString("data.takeTicket.ticket.id"));
        ids.put("ServiceGroup", ticket.getString("data.takeTicket.ticket.group.id"));
        ids.put("Counter", graphql(manager, "{ counters(centerCode: \"BLU\") { id } }").extract().jsonPath()
                .getString("data.counters[0].id"));

        Set<String> nodeTypes = new TreeSet<>(graphql(null, "{ __type(name: \"Node\") { possibleTypes { name } } }")
                .extract().jsonPath().getList("data.__type.possibleTypes.name"));
        assertEquals(nodeTypes, new TreeSet<>(ids.keySet()), "a case for every type that implements Node");
        for (var entry : ids.entrySet()) {
            graphql(manager, "query($id: ID!) { node(id: $id) { __typename id } }", Map.of("id", entry.getValue()))
                    .body("errors", nullValue())
                    .body("data.node.__typename", equalTo(entry.getKey()))
                    .body("data.node.id", equalTo(entry.getValue()));
        }
        // each type keeps its own rules: another center's staff do not see BLU's counters or dossiers
        String otherCenter = Tokens.manager("NOWHERE");
        for (String guarded : List.of("Counter", "Dossier")) {
            graphql(otherCenter, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", ids.get(guarded)))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
    }
}
