package vn.motcua.support;

import static vn.motcua.support.GraphQLClient.graphql;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Dossiers in any status, made through the API the way officers make them. */
public final class DossierFixtures {

    /** Sở Xây dựng's test procedure: 10 working days at the counter, 8 online. */
    public static final String PROCEDURE = "9.000001";
    public static final String AGENCY = "SXD";
    private static final AtomicInteger APPLICANTS = new AtomicInteger();

    public static final String PAYLOAD = "dossier { code status statusCode legalDueDate appointmentDate overdue timeliness supplementCount"
            + " currentAgency { code } } userErrors { field message code }";

    private DossierFixtures() {
    }

    public static synchronized void ensureProcedure() {
        JsonPath found = graphql("{ procedures(first: 1, search: \"" + PROCEDURE + "\") { edges { node { code } } } }")
                .extract().jsonPath();
        if (PROCEDURE.equals(found.getString("data.procedures.edges[0].node.code"))) {
            return;
        }
        Map<String, Object> input = procedureInput(PROCEDURE, "Cấp giấy phép thử nghiệm cho kiểm thử tự động", "PARTIAL",
                List.of(Map.of("channel", "DIRECT", "processingDays", 10), Map.of("channel", "ONLINE", "processingDays", 8),
                        Map.of("channel", "POSTAL", "processingDays", 10)));
        // in effect long before any day a test travels back to
        input.put("effectiveFrom", "2020-01-01");
        String manager = Tokens.manager();
        graphql(manager, "mutation($input: ProcedureInput!) { createProcedure(input: $input) { userErrors { code } } }",
                Map.of("input", input));
        graphql(manager, "mutation { publishProcedure(input: {code: \"" + PROCEDURE + "\", version: 1}) { userErrors { code } } }");
    }

    /** A citizens' procedure of the fixture agency with these channels, as createProcedure takes it. */
    public static Map<String, Object> procedureInput(String code, String name, String onlineLevel,
            List<Map<String, Object>> channels) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("name", name);
        input.put("agencyCode", AGENCY);
        input.put("fieldCode", "SXD-01");
        input.put("level", "PROVINCIAL");
        input.put("applicantTypes", List.of("CITIZEN"));
        input.put("onlineLevel", onlineLevel);
        input.put("channels", channels);
        return input;
    }

    /** A fresh 12-digit identity number, so tests do not see each other's dossiers. */
    public static String newApplicantId() {
        return String.format("0790%08d", APPLICANTS.incrementAndGet() + (System.nanoTime() % 1000) * 100000);
    }

    public static Map<String, Object> applicant(String idNumber) {
        return Map.of("fullName", "Nguyễn Văn An", "idNumber", idNumber, "phone", "0912345678");
    }

    /** Receives a dossier at the counter; returns the receipt (dossier code, lookupSecret, ...). */
    public static JsonPath receive(String applicantId) {
        return receive(Tokens.counterOfficer(), applicantId);
    }

    /** Receives a dossier at the counter officer's own center. */
    public static JsonPath receive(String officer, String applicantId) {
        ensureProcedure();
        Map<String, Object> input = Map.of("procedureCode", PROCEDURE, "channel", "DIRECT", "applicant",
                applicant(applicantId), "documents", List.of("Đơn đề nghị", "Bản vẽ thiết kế"));
        return graphql(officer, "mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {"
                + " receipt { lookupSecret qrPayload dossier { code status appointmentDate receivedAt } }"
                + " userErrors { field code message } } }", Map.of("input", input))
                .extract().jsonPath().setRootPath("data.receiveDossier");
    }

    public static String submitOnline(String applicantId) {
        ensureProcedure();
        Map<String, Object> input = Map.of("procedureCode", PROCEDURE, "applicant", applicant(applicantId),
                "centerCode", "BLU");
        return graphql(Tokens.citizen(applicantId), "mutation($input: SubmitDossierInput!) { submitDossier(input: $input) {"
                + " receipt { dossier { code status } } userErrors { code message } } }", Map.of("input", input))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.submitDossier.userErrors", org.hamcrest.Matchers.empty())
                .extract().path("data.submitDossier.receipt.dossier.code");
    }

    /** Runs one lifecycle mutation as {@code token}; the response's payload is at the root path. */
    public static JsonPath act(String token, String mutation, Map<String, Object> input) {
        String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1);
        String inputType = switch (mutation) {
            case "acceptDossier", "receiveSupplement", "confirmPayment", "recordResult", "withdrawDossier" ->
                "DossierActionInput";
            case "refuseDossier" -> "RefuseDossierInput";
            case "stopDossier" -> "StopDossierInput";
            default -> type + "Input";
        };
        return graphql(token, "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + PAYLOAD + " } }",
                Map.of("input", input)).extract().jsonPath().setRootPath("data." + mutation);
    }

    /** A dossier brought to {@code status} along the shortest path of the lifecycle; returns its code. */
    public static String dossierIn(String status) {
        String officer = Tokens.departmentOfficer(AGENCY);
        String counter = Tokens.counterOfficer();
        if (status.equals("SUBMITTED") || status.equals("REFUSED")) {
            String code = submitOnline(newApplicantId());
            if (status.equals("REFUSED")) {
                act(counter, "refuseDossier", Map.of("code", code, "reason", "Hồ sơ không đúng thẩm quyền"));
            }
            return code;
        }
        String code = receive(newApplicantId()).getString("receipt.dossier.code");
        switch (status) {
            case "RECEIVED" -> { }
            case "WITHDRAWN" -> act(counter, "withdrawDossier", Map.of("code", code));
            default -> {
                act(counter, "transferDossier", Map.of("code", code, "toAgencyCode", AGENCY));
                switch (status) {
                    case "PROCESSING" -> { }
                    case "SUPPLEMENT_REQUESTED" -> act(officer, "requestSupplement",
                            Map.of("code", code, "missingItems", List.of("Bản vẽ mặt bằng")));
                    case "PAYMENT_DUE" -> act(officer, "requestPayment", Map.of("code", code, "amountVnd", 150000));
                    case "STOPPED" -> act(officer, "stopDossier", Map.of("code", code, "notice", "Dừng xử lý"));
                    case "RESULT_READY", "RETURNED" -> {
                        act(officer, "recordResult", Map.of("code", code));
                        if (status.equals("RETURNED")) {
                            act(counter, "returnResult", Map.of("code", code, "method", "DIRECT"));
                        }
                    }
                    default -> throw new IllegalArgumentException(status);
                }
            }
        }
        return code;
    }
}
