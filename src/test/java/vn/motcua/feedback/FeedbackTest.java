package vn.motcua.feedback;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * Feedback through the API: routed to the agency holding the dossier or to the center's manager, reached
 * only as the dossier is (its applicant, or the receipt's secret), answered within its working days, and
 * published without personal data.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FeedbackTest {

    static final String PAYLOAD = "feedback { code about status centerCode agencyCode dossierCode text dueDate overdue"
            + " answer published } userErrors { field code message }";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    TestClock testClock;
    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void feedbackAboutADossierGoesToItsAgencyIsAnsweredAndPublishedWithoutPersonalData() {
        String applicant = DossierFixtures.newApplicantId();
        String dossier = DossierFixtures.receive(applicant).getString("receipt.dossier.code");
        JsonPath filed = submit(Tokens.citizen(applicant), Map.of("about", "DOSSIER", "dossierCode", dossier,
                "text", "Hồ sơ của tôi quá hạn mà chưa ai gọi điện báo. Số điện thoại 0912345678."))
                .body("data.submitFeedback.userErrors", equalTo(List.of()))
                .extract().jsonPath().setRootPath("data.submitFeedback.feedback");
        String code = filed.getString("code");
        assertEquals("SXD", filed.getString("agencyCode"), "the agency holding the dossier answers");
        assertEquals(calendar.addWorkingDays(LocalDate.now(ZONE), 10).toString(), filed.getString("dueDate"));

        // another citizen cannot name that dossier; nor can a wrong secret
        submit(Tokens.citizen(DossierFixtures.newApplicantId()), Map.of("about", "DOSSIER", "dossierCode", dossier,
                "text", "Thử")).body("data.submitFeedback.userErrors[0].code", equalTo("NOT_FOUND"));
        submit(null, Map.of("about", "DOSSIER", "dossierCode", dossier, "dossierSecret", "WRONGWRONG", "text", "Thử",
                "contactName", "Trần Thị B", "contactPhone", "0987654321"))
                .body("data.submitFeedback.userErrors[0].code", equalTo("NOT_FOUND"));

        // another agency's officer does not reach it; the holding agency answers
        answer(Tokens.departmentOfficer("STP"), code).body("data.answerFeedback.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.departmentOfficer("STP"), "{ feedbacks { code } }").body("data.feedbacks.code", not(hasItem(code)));
        publish(code).body("data.publishFeedback.userErrors[0].code", equalTo("INVALID_STATE"));
        answer(Tokens.departmentOfficer("SXD"), code).body("data.answerFeedback.feedback.status", equalTo("ANSWERED"));
        graphql("{ feedback(code: \"" + code + "\") { status answer } }")
                .body("data.feedback.answer", equalTo("Sở Xây dựng đã liên hệ ông và hẹn trả kết quả thứ Hai."));

        publish(code).body("data.publishFeedback.feedback.published", equalTo(true));
        String published = graphql("{ publishedFeedback(centerCode: \"BLU\", first: 100) { about agencyName question"
                + " answer } }").body("errors", nullValue()).extract().asString();
        assertTrue(published.contains("Hồ sơ chậm trả kết quả mà không được báo trước."), published);
        for (String personal : List.of("0912345678", dossier, code, applicant, "Nguyễn Văn An")) {
            assertFalse(published.contains(personal), "published without " + personal);
        }
    }

    @Test
    void anAnonymousFilerLeavesAContactAndTheManagerAnswersAboutTheCenter() {
        submit(null, Map.of("centerCode", "BLU", "about", "CENTER", "text", "Khu vực chờ thiếu ghế."))
                .body("data.submitFeedback.userErrors[0].field", equalTo("input.contactName"))
                .body("data.submitFeedback.feedback", nullValue());
        String code = submit(null, Map.of("centerCode", "BLU", "about", "OFFICER", "officerName", "Quầy 5",
                "text", "Cán bộ quầy 5 không hướng dẫn.", "contactName", "Lê Văn C", "contactEmail", "c@example.vn"))
                .body("data.submitFeedback.feedback.agencyCode", nullValue())
                .extract().path("data.submitFeedback.feedback.code");
        answer(Tokens.departmentOfficer("SXD"), code).body("data.answerFeedback.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.manager(), "{ feedbacks(centerCode: \"BLU\", answered: false) { code overdue } }")
                .body("data.feedbacks.find { it.code == '" + code + "' }.overdue", equalTo(false));
        // past its ten working days, unanswered, it is overdue
        testClock.advance(Duration.ofDays(20));
        graphql(Tokens.manager(), "{ feedbacks(centerCode: \"BLU\", answered: false) { code overdue } }")
                .body("data.feedbacks.find { it.code == '" + code + "' }.overdue", equalTo(true));
        answer(Tokens.manager(), code).body("data.answerFeedback.feedback.overdue", equalTo(false));
    }

    @Test
    void anAnonymousFilerNamesADossierWithItsReceipt() {
        JsonPath receipt = DossierFixtures.receive(DossierFixtures.newApplicantId());
        submit(null, Map.of("about", "DOSSIER", "dossierCode", receipt.getString("receipt.dossier.code"),
                "dossierSecret", receipt.getString("receipt.lookupSecret"), "text", "Xin hỏi tiến độ.",
                "contactName", "Phạm D", "contactPhone", "0901234567"))
                .body("data.submitFeedback.feedback.dossierCode", equalTo(receipt.getString("receipt.dossier.code")))
                .body("data.submitFeedback.feedback.agencyCode", equalTo("SXD"));
    }

    private static ValidatableResponse submit(String token, Map<String, Object> input) {
        return graphql(token, "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { " + PAYLOAD
                + " } }", Map.of("input", new HashMap<>(input))).body("errors", nullValue());
    }

    private static ValidatableResponse answer(String token, String code) {
        return graphql(token, "mutation($input: AnswerFeedbackInput!) { answerFeedback(input: $input) { " + PAYLOAD
                + " } }", Map.of("input", Map.of("code", code,
                        "answer", "Sở Xây dựng đã liên hệ ông và hẹn trả kết quả thứ Hai."))).body("errors", nullValue());
    }

    private static ValidatableResponse publish(String code) {
        return graphql(Tokens.manager(), "mutation($input: PublishFeedbackInput!) { publishFeedback(input: $input) { "
                + PAYLOAD + " } }", Map.of("input", Map.of("code", code,
                        "publicQuestion", "Hồ sơ chậm trả kết quả mà không được báo trước."))).body("errors", nullValue());
    }
}
