package vn.motcua.catalogue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CatalogueTest {

    static final String PAGE = """
            query Page($first: Int!, $after: String, $search: String) {
              procedures(first: $first, after: $after, search: $search) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id code name agency { code } field { code } } }
              }
            }""";

    @Test
    void demoCatalogueHasTheReferenceCenterAtItsRealSize() {
        graphql("{ agencies { code kind } fields { code } centers { code name } }")
                .body("errors", nullValue())
                .body("data.agencies.findAll { it.kind == 'DEPARTMENT' }.size()", equalTo(18))
                .body("data.fields.size()", equalTo(130))
                .body("data.centers.code", hasItem("BLU"));
        graphql("{ fields(agencyCode: \"CA\") { code } }").body("data.fields.size()", equalTo(4));
    }

    @Test
    void pagingVisitsEveryProcedureOnce() {
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            var page = graphql(null, PAGE, variables(100, after, null)).body("errors", nullValue())
                    .extract().jsonPath();
            List<String> ids = page.getList("data.procedures.edges.node.id");
            ids.forEach(id -> assertTrue(seen.add(id), "visited twice: " + id));
            assertEquals(1011, page.getInt("data.procedures.totalCount"));
            hasNext = page.getBoolean("data.procedures.pageInfo.hasNextPage");
            after = page.getString("data.procedures.pageInfo.endCursor");
            pages++;
        }
        assertEquals(1011, seen.size());
        assertEquals(11, pages);
    }

    @ParameterizedTest
    @CsvSource({
        "giay phep xay dung, giấy phép xây dựng",
        "xay dung giay phep, giấy phép xây dựng",
        "GIAY PHEP XAY DUNG, giấy phép xây dựng",
        "giay phepp xay dunh, giấy phép xây dựng",
        "giay phep xay dugn, giấy phép xây dựng",
        "gaiy phep xya dung, giấy phép xây dựng",
        "ly lich tu phap, lý lịch tư pháp",
        "lí lịch tư phap, lý lịch tư pháp",
        "thanh lap doanh nghiep tu nhan, Đăng ký thành lập doanh nghiệp tư nhân",
        "ho chieu, hộ chiếu",
    })
    void searchFindsWhatPeopleTypeFirst(String typed, String expected) {
        graphql(null, PAGE, variables(5, null, typed))
                .body("errors", nullValue())
                .body("data.procedures.totalCount", greaterThan(0))
                .body("data.procedures.edges[0].node.name.toLowerCase()",
                        org.hamcrest.Matchers.containsString(expected.toLowerCase()));
    }

    @ParameterizedTest
    @CsvSource({
        // the field's words as well as the name's: "hộ tịch" is the field
        "ho tich khai sinh, khai sinh",
        // synonyms and abbreviations, kept as data
        "gpxd, giấy phép xây dựng",
        "sổ đỏ, giấy chứng nhận quyền sử dụng đất",
        "cmnd, căn cước",
        "cap lai gplx, cấp lại giấy phép lái xe",
    })
    void searchUnderstandsHowPeopleAsk(String typed, String expected) {
        searchFindsWhatPeopleTypeFirst(typed, expected);
    }

    @Test
    void typosDoNotDrownExactMatches() {
        // "khám bệnh ... lĩnh" is one edit from each word of "khai sinh", which the catalogue holds as typed
        List<String> names = graphql(null, PAGE, variables(20, null, "khai sinh")).body("errors", nullValue())
                .extract().jsonPath().getList("data.procedures.edges.node.name");
        assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.toLowerCase().contains("khai sinh")), names::toString);
    }

    @Test
    void aMatchInTheNameRanksAboveOneInTheFieldOrAgency() {
        var page = graphql(null, PAGE, variables(100, null, "ho tich")).body("errors", nullValue()).extract().jsonPath();
        List<String> names = page.getList("data.procedures.edges.node.name");
        int inField = names.indexOf(names.stream().filter(n -> !n.toLowerCase().contains("hộ tịch")).findFirst()
                .orElseThrow(() -> new AssertionError("the field's own procedures were not found: " + names)));
        assertTrue(inField > 0 && names.subList(0, inField).stream().allMatch(n -> n.toLowerCase().contains("hộ tịch"))
                && names.subList(inField, names.size()).stream().noneMatch(n -> n.toLowerCase().contains("hộ tịch")),
                names::toString);
    }

    @Test
    void searchByCodeFindsTheProcedure() {
        String code = graphql(null, PAGE, variables(1, null, null)).extract().path("data.procedures.edges[0].node.code");
        graphql(null, PAGE, variables(5, null, code)).body("data.procedures.edges[0].node.code", equalTo(code));
    }

    @Test
    void procedureDetailCarriesChannelsDocumentsAndFees() {
        graphql("""
                { procedures(first: 1, search: "giay phep lai xe") { edges { node { code } } } }""")
                .body("data.procedures.edges", org.hamcrest.Matchers.hasSize(1));
        graphql("""
                { procedure(code: "%s") {
                    name version status onlineLevel applicantTypes hasAppointment
                    agency { code name } field { name agency { code } }
                    channels { channel processingDays feeVnd } documents { position name originals copies } cases { name }
                } }""".formatted(firstCode("giay phep lai xe")))
                .body("errors", nullValue())
                .body("data.procedure.status", equalTo("PUBLISHED"))
                .body("data.procedure.agency.code", equalTo("SGTVT"))
                .body("data.procedure.field.agency.code", equalTo("SGTVT"))
                .body("data.procedure.channels.channel", hasItem("DIRECT"))
                .body("data.procedure.documents[0].position", equalTo(1));
    }

    @Test
    void filtersByAgencyFieldAndOnlineLevel() {
        graphql("{ procedures(first: 100, agencyCode: \"BDT\") { totalCount edges { node { agency { code } } } } }")
                .body("errors", nullValue())
                .body("data.procedures.totalCount", greaterThan(0))
                .body("data.procedures.edges.node.agency.code.unique()", equalTo(List.of("BDT")));
        graphql("{ procedures(first: 100, onlineLevel: FULL, agencyCode: \"STP\") { edges { node { onlineLevel } } } }")
                .body("data.procedures.edges.node.onlineLevel.unique()", equalTo(List.of("FULL")));
    }

    @Test
    void nodeFindsAProcedureByItsGlobalId() {
        String id = graphql(null, PAGE, variables(1, null, null)).extract().path("data.procedures.edges[0].node.id");
        graphql("{ node(id: \"%s\") { id ... on Procedure { code } } }".formatted(id))
                .body("errors", nullValue())
                .body("data.node.id", equalTo(id))
                .body("data.node.code", notNullValue());
    }

    @Test
    void badArgumentsGetCodedErrors() {
        graphql("{ procedures(first: 101) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("{ procedures(first: 0) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("{ procedures(first: 10, after: \"not-a-cursor\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("{ procedures(first: 10, agencyCode: \"NOPE\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", startsWith("No agency"));
        graphql("{ procedure(code: \"9.999999\") { name } }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql("{ node(id: \"%%%\") { id } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    static String firstCode(String search) {
        return graphql(null, PAGE, variables(1, null, search)).extract().path("data.procedures.edges[0].node.code");
    }

    static Map<String, Object> variables(int first, String after, String search) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("search", search);
        return variables;
    }
}
