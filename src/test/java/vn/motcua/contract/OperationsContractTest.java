package vn.motcua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.QueueFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GraphQLSubscriber;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * Every document in frontend-contract/operations is sent, as its client sends it, with that client's
 * token, and must come back without errors or userErrors. A new operation file without a case here
 * fails the test, so the contract and its proof grow together.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OperationsContractTest {

    static final Path OPERATIONS = Path.of("frontend-contract", "operations");

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Operations that only run at certain times, proved where the service runs in this JVM with the test clock. */
    static final Set<String> NEED_THE_TEST_CLOCK = Set.of("hall/CheckInBooking");

    @TestHTTPResource("/graphql")
    URI graphqlEndpoint;

    @Test
    void everyClientOperationRunsCleanly() throws Exception {
        String applicant = DossierFixtures.newApplicantId();
        JsonPath receipt = DossierFixtures.receive(applicant);
        String code = receipt.getString("receipt.dossier.code");
        String secret = receipt.getString("receipt.lookupSecret");
        String other = DossierFixtures.dossierIn("PROCESSING");
        DossierFixtures.act(Tokens.counterOfficer(), "transferDossier", Map.of("code", code, "toAgencyCode", "SXD"));
        String citizen = Tokens.citizen(applicant);
        String partner = Tokens.partner("SXD");
        String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);

        TreeSet<String> ran = new TreeSet<>();
        // web frontend (anonymous)
        ran.add(run("web/AgenciesAndFields", null, Map.of()));
        ran.add(run("web/SearchProcedures", null, Map.of("search", "giay phep xay dung", "first", 20)));
        ran.add(run("web/ProcedureDetail", null, Map.of("code", DossierFixtures.PROCEDURE)));
        ran.add(run("web/PublicStatistics", null, Map.of("centerCode", "BLU", "month", month, "groupBy", "AGENCY")));
        // partner agency
        ran.add(run("partner/WorkList", partner, Map.of("first", 20, "filter", Map.of("status", "PROCESSING"))));
        ran.add(run("partner/TransferDossier", partner, Map.of("input", Map.of("code", code, "toAgencyCode", "SXD"))));
        ran.add(run("partner/RequestSupplement", partner,
                Map.of("input", Map.of("code", other, "missingItems", List.of("Bản vẽ mặt bằng")))));
        ran.add(run("partner/RecordResult", partner, Map.of("input", Map.of("code", code))));
        String decision = "%PDF-1.7\n% Quyết định " + code + "\n%%EOF\n";
        JsonPath upload = given().auth().oauth2(partner).contentType("application/pdf")
                .body(decision.getBytes(StandardCharsets.UTF_8)).queryParam("name", "Quyết định.pdf").post("/uploads")
                .then().statusCode(201).extract().jsonPath();
        ran.add(run("partner/AttachResult", partner, Map.of("input", Map.of("code", code, "uploadId",
                upload.getString("id"), "purpose", "RESULT", "decisionNumber", "45/QĐ-SXD", "decisionDate",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()))));
        ran.add(run("web/CheckDigitalResult", null, Map.of("sha256", upload.getString("sha256"))));
        ran.add(run("web/SubmitFeedback", null, Map.of("input", Map.of("centerCode", "BLU", "about", "CENTER", "text",
                "Bảng chỉ dẫn ở sảnh khó đọc.", "contactName", "Lê Văn C", "contactPhone", "0901234567"))));
        String feedback = graphql(citizen, "mutation { submitFeedback(input: {about: DOSSIER, dossierCode: \"" + code
                + "\", text: \"Xin hỏi tiến độ hồ sơ.\"}) { feedback { code } } }").extract().path(
                        "data.submitFeedback.feedback.code");
        ran.add(run("web/FeedbackStatus", null, Map.of("code", feedback)));
        ran.add(run("web/PublishedFeedback", null, Map.of("centerCode", "BLU", "first", 20)));
        // mobile app
        ran.add(run("mobile/DossierStatus", null, Map.of("code", code, "secret", secret)));
        ran.add(run("mobile/MyDossiers", citizen, Map.of("first", 10)));
        ran.add(run("mobile/RateDossier", citizen, Map.of("input", Map.of("code", code, "rating", 5))));
        ran.add(run("mobile/TakeTicket", citizen,
                Map.of("input", Map.of("centerCode", "BLU", "procedureCode", DossierFixtures.PROCEDURE))));
        ran.add(run("mobile/MyTickets", citizen, Map.of()));
        ran.add(run("mobile/DossierFiles", citizen, Map.of("code", code)));
        // the hall's kiosk and display board (anonymous)
        ran.add(run("hall/DisplayBoard", null, Map.of("centerCode", "BLU")));
        // counter console: the officer of counter Q1 of a fresh center serving A, then B
        String hall = QueueFixtures.newCenter(1);
        String officer = QueueFixtures.officer(hall, 1);
        Map<String, Object> counter = Map.of("counterCode", "Q1");
        ran.add(run("counter/OpenCounter", officer, Map.of("input", counter)));
        ran.add(run("counter/Counters", officer, Map.of("centerCode", hall)));
        for (int i = 0; i < 4; i++) {
            QueueFixtures.take(null, hall, "A", null);
        }
        ran.add(run("counter/CallNextTicket", officer, Map.of("input", counter)));
        Map<String, Object> first = Map.of("counterCode", "Q1", "ticketNumber", "A001");
        ran.add(run("counter/RecallTicket", officer, Map.of("input", first)));
        ran.add(run("counter/StartServing", officer, Map.of("input", first)));
        ran.add(run("counter/FinishTicket", officer, Map.of("input", first)));
        String parked = QueueFixtures.callNext(hall, 1).getString("ticket.number");
        QueueFixtures.counterAction(hall, 1, "startServing", ", ticketNumber: \"" + parked + "\"");
        ran.add(run("counter/ParkTicket", officer, Map.of("input", Map.of("counterCode", "Q1", "ticketNumber", parked))));
        String absent = QueueFixtures.callNext(hall, 1).getString("ticket.number");
        ran.add(run("counter/MarkNoShow", officer, Map.of("input", Map.of("counterCode", "Q1", "ticketNumber", absent))));
        String sentOn = QueueFixtures.callNext(hall, 1).getString("ticket.number");
        QueueFixtures.counterAction(hall, 1, "startServing", ", ticketNumber: \"" + sentOn + "\"");
        ran.add(run("counter/TransferTicket", officer, Map.of("input", Map.of("counterCode", "Q1", "ticketNumber", sentOn,
                "toGroupCode", "B"))));
        ran.add(run("counter/CloseCounter", officer, Map.of("input", counter)));
        // booked visits at the same center: its first slots on the next day that has any (a working day)
        graphql(Tokens.manager(hall), "mutation { setVisitSlots(input: {centerCode: \"" + hall + "\", groupCode: \"B\","
                + " slotMinutes: 30}) { userErrors { code } } }").body("data.setVisitSlots.userErrors", Matchers.empty());
        LocalDate bookingDay = LocalDate.now(ZONE);
        List<String> starts = List.of();
        while (starts.isEmpty()) {
            bookingDay = bookingDay.plusDays(1);
            starts = graphql("{ visitSlots(centerCode: \"" + hall + "\", groupCode: \"B\", day: \"" + bookingDay + "\")"
                    + " { startsAt } }").extract().path("data.visitSlots.startsAt");
        }
        ran.add(run("mobile/VisitSlots", citizen, Map.of("centerCode", hall, "procedureCode", DossierFixtures.PROCEDURE,
                "day", bookingDay.toString())));
        ran.add(run("mobile/BookVisit", citizen, Map.of("input", Map.of("centerCode", hall, "procedureCode",
                DossierFixtures.PROCEDURE, "startsAt", starts.get(0)))));
        ran.add(run("mobile/MyBookings", citizen, Map.of()));
        String booked = graphql(citizen, "{ myBookings { code } }").extract().path("data.myBookings[0].code");
        String later = graphql(citizen, "mutation($input: BookVisitInput!) { bookVisit(input: $input) { booking { code } } }",
                Map.of("input", Map.of("centerCode", hall, "procedureCode", DossierFixtures.PROCEDURE, "startsAt",
                        starts.get(1)))).extract().path("data.bookVisit.booking.code");
        ran.add(run("mobile/CancelBooking", citizen, Map.of("input", Map.of("code", later))));
        // checking in needs the slot's time: in this JVM the service's clock travels five minutes before it
        Optional<TestClock> clock = inProcessClock();
        if (clock.isPresent()) {
            try {
                clock.get().advance(Duration.between(Instant.now(),
                        OffsetDateTime.parse(starts.get(0)).toInstant().minus(Duration.ofMinutes(5))));
                ran.add(run("hall/CheckInBooking", null, Map.of("input", Map.of("centerCode", hall, "code", booked))));
            } finally {
                clock.get().reset();
            }
        }
        // the largest page every paged operation may ask for stays within the cost limit
        run("web/SearchProcedures", null, Map.of("first", 100));
        run("partner/WorkList", partner, Map.of("first", 100));
        run("mobile/MyDossiers", citizen, Map.of("first", 100));
        try (GraphQLSubscriber board = new GraphQLSubscriber(graphqlEndpoint, document("mobile/DisplayBoardUpdates"),
                new JsonObject().put("centerCode", "BLU"))) {
            Thread.sleep(500);
            run("mobile/TakeTicket", null, Map.of("input", Map.of("centerCode", "BLU", "groupCode", "A")));
            JsonObject update = board.next(10, TimeUnit.SECONDS);
            assertNotNull(update, "DisplayBoardUpdates sent nothing");
            assertNull(update.getValue("errors"), update.encodePrettily());
            ran.add("mobile/DisplayBoardUpdates");
        }

        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(OPERATIONS)) {
            paths.filter(p -> p.toString().endsWith(".graphql"))
                    .forEach(p -> files.add(OPERATIONS.relativize(p).toString().replace(".graphql", "")));
        }
        if (clock.isEmpty()) {
            files.removeAll(NEED_THE_TEST_CLOCK);
        }
        assertEquals(files, ran, "every operation file needs a case in this test");
    }

    /**
     * The service's clock when the service runs in this JVM; none against the packaged application
     * (OperationsContractIT), where no bean can be reached, nor injected.
     */
    private static Optional<TestClock> inProcessClock() {
        return Optional.ofNullable(Arc.container()).map(container -> container.instance(TestClock.class).get());
    }

    private static String run(String name, String token, Map<String, Object> variables) throws IOException {
        JsonPath response = graphql(token, document(name), variables).statusCode(200).extract().jsonPath();
        assertNull(response.get("errors"), name + ": " + response.prettify());
        Map<String, Object> data = response.getMap("data");
        for (Object field : data.values()) {
            if (field instanceof Map<?, ?> payload && payload.containsKey("userErrors")) {
                assertEquals(List.of(), payload.get("userErrors"), name + ": " + response.prettify());
            }
        }
        return name;
    }

    private static String document(String name) throws IOException {
        return Files.readString(OPERATIONS.resolve(name + ".graphql"));
    }
}
