package vn.motcua.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Hostile input, generated from the schema itself: every argument and input field of every root field
 * gets huge, injected, unnormalised and broken text and out-of-range numbers. Each must be answered with a
 * clear code (BAD_USER_INPUT, a userError, NOT_FOUND...), never INTERNAL_ERROR, and the service stays up.
 * A new argument is covered the day it is added.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class HostileCorpusTest {

    static final List<Object> HOSTILE_TEXT = List.of("a".repeat(1_000_000), "' or 1=1; drop table dossier; --",
            "<script>alert(1)</script>", "Nguye\u0302\u0303n Va\u0306n A", "\ud800", "x\u0000y", "");
    static final List<Object> HOSTILE_INT = List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
    static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    /** A caller holding every role and every claim, so each operation goes as deep as it can. */
    static String everyone() {
        return Jwt.preferredUserName("corpus").subject("corpus")
                .groups(Set.of("citizen", "counter-officer", "department-officer", "center-manager", "partner-agency",
                        "administrator"))
                .claim("center_code", "BLU").claim("counter_code", "Q01").claim("agency_code", "SXD")
                .claim("citizen_id", "001090000001").issuer(Tokens.ISSUER).audience(Tokens.ISSUER)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void everyArgumentOfTheSchemaIsRefusedClearlyWhenHostile() {
        // several documents: one would pass the depth limit
        JsonPath typeList = graphql("{ __schema { types { name kind inputFields { name type { " + TYPE_REF + " } }"
                + " enumValues { name } } } }").body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath()
                .setRootPath("data.__schema");
        Map<String, JsonPath> roots = new LinkedHashMap<>();
        for (String root : List.of("queryType", "mutationType")) {
            // one root a document: graphql-java's good-faith introspection check allows one __Type.fields
            roots.put(root, graphql("{ __schema { " + root + " { fields { name args { name type { " + TYPE_REF
                    + " } } } } } }").body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath()
                    .setRootPath("data.__schema"));
        }
        Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        for (Map<String, Object> type : typeList.<Map<String, Object>>getList("types")) {
            types.put((String) type.get("name"), type);
        }
        DossierFixtures.ensureProcedure();
        String token = everyone();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String root : List.of("queryType", "mutationType")) {
            for (Map<String, Object> field : roots.get(root).<Map<String, Object>>getList(root + ".fields")) {
                String name = (String) field.get("name");
                if (name.startsWith("__")) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
                Corpus corpus = new Corpus(types);
                Map<String, Object> valid = new LinkedHashMap<>();
                for (Map<String, Object> arg : args) {
                    valid.put((String) arg.get("name"), corpus.validValue(typeOf(arg), (String) arg.get("name")));
                }
                for (Map<String, Object> variables : corpus.hostileVariants(args, valid)) {
                    String document = document(root, name, args);
                    Response response = given().auth().oauth2(token).contentType("application/json")
                            .body(Map.of("query", document, "variables", variables)).post("/graphql");
                    requests++;
                    String body = response.asString();
                    if (response.statusCode() >= 500 || body.contains("INTERNAL_ERROR")) {
                        failures.add(name + " " + abbreviate(variables) + " -> " + response.statusCode() + " "
                                + abbreviate(body));
                    }
                }
            }
        }
        System.out.printf("[corpus] %d hostile requests, %d answered INTERNAL_ERROR or 5xx%n", requests, failures.size());
        assertTrue(requests > 500, "the corpus covers the schema: " + requests);
        assertEquals(List.of(), failures);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> typeOf(Map<String, Object> argOrField) {
        return (Map<String, Object>) argOrField.get("type");
    }

    static String typeName(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> typeName(inner(type)) + "!";
            case "LIST" -> "[" + typeName(inner(type)) + "]";
            default -> (String) type.get("name");
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inner(Map<String, Object> type) {
        return (Map<String, Object>) type.get("ofType");
    }

    /** The field with every argument as a variable, selecting __typename only (the answer does not matter). */
    static String document(String root, String field, List<Map<String, Object>> args) {
        StringBuilder vars = new StringBuilder();
        StringBuilder call = new StringBuilder();
        for (Map<String, Object> arg : args) {
            String argName = (String) arg.get("name");
            vars.append(vars.isEmpty() ? "" : ", ").append('$').append(argName).append(": ").append(typeName(typeOf(arg)));
            call.append(call.isEmpty() ? "" : ", ").append(argName).append(": $").append(argName);
        }
        // every root field returns an object or a list of them: __typename is enough, the answer does not matter
        return (root.equals("queryType") ? "query" : "mutation") + (vars.isEmpty() ? "" : "(" + vars + ")") + " { "
                + field + (call.isEmpty() ? "" : "(" + call + ")") + " { __typename } }";
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** Codes of the demo data, by argument name, so that a request gets past "not found". */
    static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("centerCode", "BLU"),
            Map.entry("agencyCode", "SXD"), Map.entry("toAgencyCode", "STP"), Map.entry("fieldCode", "SXD-01"),
            Map.entry("procedureCode", DossierFixtures.PROCEDURE), Map.entry("counterCode", "Q01"),
            Map.entry("groupCode", "A"), Map.entry("toGroupCode", "B"), Map.entry("month", "2026-01"),
            Map.entry("idNumber", "001090000001"), Map.entry("fullName", "Nguyễn Văn An"), Map.entry("name", "Tên"),
            Map.entry("province", "Cà Mau"), Map.entry("reason", "Lý do"), Map.entry("notice", "Thông báo"),
            Map.entry("secret", "DEMO2025"));

    /** Values by type: a valid one for every position, then each position in turn made hostile. */
    static final class Corpus {
        private final Map<String, Map<String, Object>> types;

        Corpus(Map<String, Map<String, Object>> types) {
            this.types = types;
        }

        Object validValue(Map<String, Object> type) {
            return validValue(type, "");
        }

        /** A value that gets past the first checks, so the hostile one next to it reaches deep paths. */
        Object validValue(Map<String, Object> type, String name) {
            switch ((String) type.get("kind")) {
                case "NON_NULL":
                    return validValue(inner(type), name);
                case "LIST":
                    return List.of(validValue(inner(type), name));
                case "ENUM":
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> values = (List<Map<String, Object>>) types.get(type.get("name")).get("enumValues");
                    return values.get(0).get("name");
                case "INPUT_OBJECT":
                    Map<String, Object> object = new LinkedHashMap<>();
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> fields = (List<Map<String, Object>>) types.get(type.get("name")).get("inputFields");
                    for (Map<String, Object> f : fields) {
                        if ("NON_NULL".equals(typeOf(f).get("kind"))) {
                            object.put((String) f.get("name"), validValue(typeOf(f), (String) f.get("name")));
                        }
                    }
                    return object;
                default:
                    return switch ((String) type.get("name")) {
                        case "Int", "BigInteger" -> 1;
                        case "Float", "BigDecimal" -> 1.0;
                        case "Boolean" -> false;
                        case "Date" -> "2026-01-05";
                        case "DateTime" -> "2026-01-05T08:00:00Z";
                        default -> KNOWN.getOrDefault(name, "1.000948");
                    };
            }
        }

        /** One request per hostile value per leaf position (arguments and input fields, all of them). */
        List<Map<String, Object>> hostileVariants(List<Map<String, Object>> args, Map<String, Object> valid) {
            List<Map<String, Object>> variants = new ArrayList<>();
            for (Map<String, Object> arg : args) {
                String argName = (String) arg.get("name");
                for (Object hostile : hostileFor(typeOf(arg), valid.get(argName))) {
                    Map<String, Object> variables = new LinkedHashMap<>(valid);
                    variables.put(argName, hostile);
                    variants.add(variables);
                }
            }
            return variants;
        }

        /** Hostile versions of a value of this type: the value itself changed at each leaf in turn. */
        @SuppressWarnings("unchecked")
        List<Object> hostileFor(Map<String, Object> type, Object valid) {
            Map<String, Object> named = type;
            while (!"SCALAR".equals(named.get("kind")) && !"ENUM".equals(named.get("kind"))
                    && !"INPUT_OBJECT".equals(named.get("kind"))) {
                named = inner(named);
            }
            boolean list = "LIST".equals(type.get("kind"))
                    || "NON_NULL".equals(type.get("kind")) && "LIST".equals(inner(type).get("kind"));
            List<Object> leaves = new ArrayList<>();
            switch ((String) named.get("kind")) {
                case "SCALAR" -> {
                    switch ((String) named.get("name")) {
                        case "Int", "BigInteger" -> leaves.addAll(HOSTILE_INT);
                        case "Date" -> leaves.addAll(List.of("0000-01-01", "9999-12-31", "2026-02-30", "yesterday"));
                        case "Boolean", "Float", "BigDecimal", "DateTime" -> { }
                        default -> leaves.addAll(HOSTILE_TEXT);
                    }
                }
                case "INPUT_OBJECT" -> {
                    Map<String, Object> base = (Map<String, Object>) (list ? ((List<Object>) valid).get(0) : valid);
                    List<Map<String, Object>> fields = (List<Map<String, Object>>) types.get(named.get("name")).get("inputFields");
                    for (Map<String, Object> f : fields) {
                        String fieldName = (String) f.get("name");
                        Object fieldValid = base.containsKey(fieldName) ? base.get(fieldName)
                                : validValue(typeOf(f), fieldName);
                        for (Object hostile : hostileFor(typeOf(f), fieldValid)) {
                            Map<String, Object> copy = new LinkedHashMap<>(base);
                            copy.put(fieldName, hostile);
                            leaves.add(copy);
                        }
                    }
                    if (!list) {
                        return leaves;
                    }
                    List<Object> lists = new ArrayList<>(leaves.stream().map(l -> (Object) List.of(l)).toList());
                    List<Object> withNull = new ArrayList<>();
                    withNull.add(null);
                    lists.add(withNull);
                    return lists;
                }
                default -> { }
            }
            if (list) {
                List<Object> lists = new ArrayList<>(leaves.stream().map(l -> (Object) List.of(l)).toList());
                List<Object> withNull = new ArrayList<>();
                withNull.add(null);
                lists.add(withNull);
                lists.add(java.util.Collections.nCopies(10_000, ((List<Object>) valid).get(0)));
                return lists;
            }
            return leaves;
        }
    }
}
