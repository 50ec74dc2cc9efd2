package vn.motcua.catalogue;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CatalogueUpkeepTest {

    static final String PAYLOAD = "procedure { code version status name channels { channel processingDays } documents { name } }"
            + " userErrors { field message code }";
    static final String CREATE = "mutation($input: ProcedureInput!) { createProcedure(input: $input) { " + PAYLOAD + " } }";
    static final String UPDATE = "mutation($input: ProcedureInput!) { updateProcedure(input: $input) { " + PAYLOAD + " } }";
    static final String PUBLISH = "mutation($input: ProcedureVersionInput!) { publishProcedure(input: $input) { "
            + PAYLOAD + " } }";
    static final String RETIRE = "mutation($input: RetireProcedureInput!) { retireProcedure(input: $input) { "
            + PAYLOAD + " } }";

    static Map<String, Object> procedure(String code, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("name", name);
        input.put("agencyCode", "SXD");
        input.put("fieldCode", "SXD-01");
        input.put("level", "PROVINCIAL");
        input.put("applicantTypes", List.of("CITIZEN", "ORGANISATION"));
        input.put("onlineLevel", "PARTIAL");
        input.put("channels", List.of(Map.of("channel", "DIRECT", "processingDays", 15, "feeVnd", 150000),
                Map.of("channel", "ONLINE", "processingDays", 12)));
        input.put("documents", List.of(Map.of("name", "Đơn đề nghị cấp giấy phép", "originals", 1)));
        return input;
    }

    @Test
    void managerCreatesUpdatesPublishesAndRetiresAProcedure() {
        String manager = Tokens.manager();
        graphql(manager, CREATE, Map.of("input", procedure("1.999001", "Cấp giấy phép chặt hạ cây xanh đô thị")))
                .body("errors", nullValue())
                .body("data.createProcedure.userErrors", empty())
                .body("data.createProcedure.procedure.version", equalTo(1))
                .body("data.createProcedure.procedure.status", equalTo("DRAFT"));
        // a draft is not in the public catalogue
        graphql("{ procedure(code: \"1.999001\") { name } }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        graphql(manager, PUBLISH, Map.of("input", Map.of("code", "1.999001", "version", 1)))
                .body("data.publishProcedure.procedure.status", equalTo("PUBLISHED"));
        graphql("{ procedures(first: 5, search: \"chat ha cay xanh\") { edges { node { code } } } }")
                .body("data.procedures.edges[0].node.code", equalTo("1.999001"));

        Map<String, Object> changed = procedure("1.999001", "Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị");
        graphql(manager, UPDATE, Map.of("input", changed))
                .body("data.updateProcedure.procedure.version", equalTo(2))
                .body("data.updateProcedure.procedure.status", equalTo("DRAFT"));
        // until version 2 is published, the catalogue still shows version 1
        graphql("{ procedure(code: \"1.999001\") { version name } }").body("data.procedure.version", equalTo(1));
        graphql(manager, PUBLISH, Map.of("input", Map.of("code", "1.999001", "version", 2)))
                .body("data.publishProcedure.procedure.status", equalTo("PUBLISHED"));
        graphql("{ procedure(code: \"1.999001\") { version name } }")
                .body("data.procedure.version", equalTo(2))
                .body("data.procedure.name", equalTo("Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị"));
        // the old version stays readable
        graphql("{ procedure(code: \"1.999001\", version: 1) { status name } }")
                .body("data.procedure.status", equalTo("SUPERSEDED"));

        graphql(manager, RETIRE, Map.of("input", Map.of("code", "1.999001")))
                .body("data.retireProcedure.procedure.status", equalTo("RETIRED"));
        graphql("{ procedure(code: \"1.999001\") { name } }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void invalidInputIsRefusedWithEveryProblemAndChangesNothing() {
        Map<String, Object> bad = procedure("1.999002", "  ");
        bad.put("agencyCode", "NOPE");
        bad.put("channels", List.of(Map.of("channel", "DIRECT", "processingDays", 3),
                Map.of("channel", "DIRECT", "processingDays", 2)));
        graphql(Tokens.manager(), CREATE, Map.of("input", bad))
                .body("errors", nullValue())
                .body("data.createProcedure.procedure", nullValue())
                .body("data.createProcedure.userErrors.field", containsInAnyOrder("input.name", "input.agencyCode",
                        "input.channels[1].channel"))
                .body("data.createProcedure.userErrors.code", hasItem("NOT_FOUND"));
        // values outside their declared bounds are refused before any rule runs, all of them at once
        bad.put("channels", List.of(Map.of("channel", "DIRECT", "processingDays", -3),
                Map.of("channel", "ONLINE", "processingDays", Integer.MAX_VALUE, "feeVnd", -1)));
        graphql(Tokens.manager(), CREATE, Map.of("input", bad))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("input.channels[0].processingDays: must be greater than or equal to 0;"
                        + " input.channels[1].feeVnd: must be greater than or equal to 0;"
                        + " input.channels[1].processingDays: must be less than or equal to 365"));
        graphql("{ procedure(code: \"1.999002\", version: 1) { name } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void fieldMustBelongToTheAgencyAndCodesAreUnique() {
        Map<String, Object> wrongField = procedure("1.999003", "Thủ tục thử nghiệm");
        wrongField.put("fieldCode", "STP-01");
        graphql(Tokens.manager(), CREATE, Map.of("input", wrongField))
                .body("data.createProcedure.userErrors[0].field", equalTo("input.fieldCode"))
                .body("data.createProcedure.userErrors[0].code", equalTo("INVALID"));
        String existing = CatalogueTest.firstCode("giay phep xay dung");
        graphql(Tokens.manager(), CREATE, Map.of("input", procedure(existing, "Trùng mã")))
                .body("data.createProcedure.userErrors[0].code", equalTo("ALREADY_EXISTS"));
    }

    @Test
    void onlyManagersKeepTheCatalogue() {
        Map<String, Object> input = Map.of("input", procedure("1.999004", "Thủ tục không được phép"));
        graphql(null, CREATE, input)
                .body("data.createProcedure", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql(Tokens.citizen("001090000001"), CREATE, input)
                .body("data.createProcedure", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql("{ procedure(code: \"1.999004\", version: 1) { name } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aSecondCenterIsAddedByTheAdministratorAndBranchesByTheirCentersManager() {
        graphql(Tokens.administrator(), """
                mutation { createCenter(input: {code: "CMU", name: "Trung tâm Phục vụ hành chính công tỉnh Cà Mau",
                  province: "Cà Mau"}) { center { code province } userErrors { code } } }""")
                .body("data.createCenter.center.code", equalTo("CMU"));
        graphql(Tokens.administrator(), """
                mutation { createCenter(input: {code: "CMU", name: "x", province: "Cà Mau"}) {
                  center { code } userErrors { field code } } }""")
                .body("data.createCenter.center", nullValue())
                .body("data.createCenter.userErrors[0].code", equalTo("ALREADY_EXISTS"));
        // a center's manager adds branches of their own center, and nothing else
        String branch = """
                mutation { createCenter(input: {code: "%s", name: "Điểm phục vụ %s", province: "Cà Mau"%s}) {
                  center { code } userErrors { field code } } }""";
        graphql(Tokens.manager(), branch.formatted("BLU-HB", "Hộ Phòng", ", parentCode: \"BLU\""))
                .body("data.createCenter.center.code", equalTo("BLU-HB"));
        graphql(Tokens.manager(), branch.formatted("CMU-X1", "x", ", parentCode: \"CMU\""))
                .body("data.createCenter.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.manager(), branch.formatted("XYZ", "x", ""))
                .body("data.createCenter.userErrors[0].field", equalTo("input.parentCode"));
    }

    @Test
    void caseVariantsCarryTheirOwnDocumentsAndFees() {
        Map<String, Object> input = procedure("1.999101", "Cấp lại giấy phép xây dựng, thử trường hợp");
        input.put("applicantTypes", List.of("CITIZEN"));
        input.put("cases", List.of(Map.of("name", "Cấp lại do bị mất", "processingDays", 5, "feeVnd", 75000),
                Map.of("name", "Cấp lại do hư hỏng", "processingDays", 3)));
        input.put("documents", List.of(Map.of("name", "Đơn đề nghị cấp lại", "originals", 1),
                Map.of("name", "Xác nhận mất giấy phép của công an xã", "originals", 1, "casePosition", 1),
                Map.of("name", "Bản gốc giấy phép bị hư hỏng", "originals", 1, "casePosition", 2)));
        Map<String, Object> unknownCase = new HashMap<>(input);
        unknownCase.put("code", "1.999102");
        unknownCase.put("documents", List.of(Map.of("name", "Giấy tờ của trường hợp không có", "casePosition", 3)));
        graphql(Tokens.manager(), CREATE, Map.of("input", unknownCase))
                .body("data.createProcedure.userErrors[0].field", equalTo("input.documents[0].casePosition"))
                .body("data.createProcedure.procedure", nullValue());

        graphql(Tokens.manager(), CREATE, Map.of("input", input)).body("data.createProcedure.userErrors", empty());
        graphql(Tokens.manager(), PUBLISH, Map.of("input", Map.of("code", "1.999101", "version", 1)))
                .body("data.publishProcedure.userErrors", empty());
        graphql("{ procedure(code: \"1.999101\") { cases { name processingDays feeVnd }"
                + " documents { name casePosition } } }")
                .body("data.procedure.cases.feeVnd", equalTo(java.util.Arrays.asList(75000, null)))
                .body("data.procedure.documents.casePosition", equalTo(java.util.Arrays.asList(null, 1, 2)));

        graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {"
                + " receipt { dossier { caseVariant { name feeVnd processingDays } } } userErrors { code message } } }",
                Map.of("input", Map.of("procedureCode", "1.999101", "casePosition", 1, "channel", "DIRECT", "applicant",
                        vn.motcua.support.DossierFixtures.applicant(vn.motcua.support.DossierFixtures.newApplicantId()))))
                .body("data.receiveDossier.userErrors", empty())
                .body("data.receiveDossier.receipt.dossier.caseVariant.name", equalTo("Cấp lại do bị mất"))
                .body("data.receiveDossier.receipt.dossier.caseVariant.feeVnd", equalTo(75000));
        // a page of dossiers, one filed under no case, names each one's case or none
        graphql(Tokens.counterOfficer(), "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {"
                + " userErrors { code } } }", Map.of("input", Map.of("procedureCode", "1.999101", "channel", "DIRECT",
                        "applicant", vn.motcua.support.DossierFixtures.applicant(
                                vn.motcua.support.DossierFixtures.newApplicantId()))))
                .body("data.receiveDossier.userErrors", empty());
        graphql(Tokens.counterOfficer(), "{ dossiers(first: 10, filter: {procedureCode: \"1.999101\"}) {"
                + " edges { node { caseVariant { name } } } } }")
                .body("errors", nullValue())
                .body("data.dossiers.edges.node.caseVariant.name", hasItem("Cấp lại do bị mất"))
                .body("data.dossiers.edges.node.caseVariant", hasItem(nullValue()));
    }
}
