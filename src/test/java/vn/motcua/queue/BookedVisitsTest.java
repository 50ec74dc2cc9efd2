package vn.motcua.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.motcua.support.GraphQLClient.graphql;
import static vn.motcua.support.QueueFixtures.callNext;
import static vn.motcua.support.QueueFixtures.newCenter;
import static vn.motcua.support.QueueFixtures.open;
import static vn.motcua.support.QueueFixtures.take;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.TestClock;
import vn.motcua.support.Tokens;

/**
 * Booked visits through the API: slots over the office hours with a capacity from the counters' profiles,
 * the booking checked in at the kiosk and called before the walk-ins of its group once its slot has begun,
 * expiry at the slot's end, the bounds on a slot and on a citizen, and the show rate.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BookedVisitsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String VISIT = "booking { code state startsAt endsAt groupCode ticketNumber } userErrors { field code message }";

    @Inject
    TestClock testClock;
    @Inject
    WorkingCalendar calendar;

    /** A working day after today: slots are over its office hours. */
    LocalDate day;
    String center;

    @BeforeEach
    void aCenterTakingBookings() {
        day = calendar.addWorkingDays(LocalDate.now(ZONE), 1);
        at("08:50");
        center = newCenter(2);
        slots("A", 30);
    }

    @AfterEach
    void backToNow() {
        testClock.reset();
    }

    @Test
    void aBookedVisitIsCalledBeforeTheWalkInsOfItsGroupOnceItsSlotHasBegun() {
        // two counters serve A: 2 x 30 min / 6 min = 10 visits a slot, half of them bookable
        JsonPath slot = JsonPath.from(graphql("{ visitSlots(centerCode: \"" + center + "\", groupCode: \"A\", day: \""
                + day + "\") { startsAt endsAt capacity available } }").body("errors", nullValue()).extract().asString())
                .setRootPath("data.visitSlots[0]");
        assertEquals(moment("09:00"), OffsetDateTime.parse(slot.getString("startsAt")).toInstant(), "slots from now on");
        assertEquals(5, slot.getInt("capacity"));

        String citizen = DossierFixtures.newApplicantId();
        String code = book(citizen, "09:00").body("data.bookVisit.booking.state", equalTo("BOOKED"))
                .extract().path("data.bookVisit.booking.code");
        take(null, center, "A", null);
        take(null, center, "A", null);
        JsonPath booked = checkIn(code).body("data.checkInBooking.userErrors", equalTo(List.of()))
                .extract().jsonPath().setRootPath("data.checkInBooking");
        assertEquals("A003", booked.getString("ticket.number"));
        checkIn(code).body("data.checkInBooking.userErrors[0].code", equalTo("INVALID_STATE"));

        open(center, 1);
        assertEquals("A001", callNext(center, 1).getString("ticket.number"), "before its slot, the walk-ins' order");
        at("09:01");
        assertEquals("A003", callNext(center, 1).getString("ticket.number"), "in its slot, before the walk-ins");
        assertEquals("A002", callNext(center, 1).getString("ticket.number"));
        graphql(Tokens.citizen(citizen), "{ myBookings { state ticketNumber } }")
                .body("data.myBookings[0].state", equalTo("CHECKED_IN"))
                .body("data.myBookings[0].ticketNumber", equalTo("A003"));
        // booked: checked in at 08:50, called at 09:01; walk-ins: A001 called at once, A002 after 11 minutes
        JsonPath statistics = graphql(Tokens.manager(center), "{ bookingStatistics(centerCode: \"" + center
                + "\", from: \"" + day + "\", to: \"" + day + "\") { checkedIn showRate averageWaitMinutesBooked"
                + " averageWaitMinutesWalkIn } }").extract().jsonPath().setRootPath("data.bookingStatistics");
        assertEquals(1, statistics.getInt("checkedIn"));
        assertEquals(1.0, statistics.getDouble("showRate"), 0.001);
        assertEquals(11.0, statistics.getDouble("averageWaitMinutesBooked"), 0.1);
        assertEquals(5.5, statistics.getDouble("averageWaitMinutesWalkIn"), 0.1);
    }

    @Test
    void aBookingNotCheckedInByTheEndOfItsSlotExpires() {
        String citizen = DossierFixtures.newApplicantId();
        String code = book(citizen, "10:00").extract().path("data.bookVisit.booking.code");
        checkIn(code).body("data.checkInBooking.userErrors[0].code", equalTo("INVALID_STATE"))
                .body("data.checkInBooking.userErrors[0].message", equalTo("Check in from 15 minutes before your slot"));
        at("10:30");
        checkIn(code).body("data.checkInBooking.userErrors[0].code", equalTo("INVALID_STATE"))
                .body("data.checkInBooking.ticket", nullValue());
        graphql(Tokens.citizen(citizen), "{ myBookings { code state } }").body("data.myBookings[0].state",
                equalTo("EXPIRED"));
        graphql(Tokens.manager(center), "{ bookingStatistics(centerCode: \"" + center + "\", from: \"" + day
                + "\", to: \"" + day + "\") { booked checkedIn expired showRate } }")
                .body("data.bookingStatistics.booked", equalTo(1))
                .body("data.bookingStatistics.expired", equalTo(1))
                .body("data.bookingStatistics.showRate", equalTo(0.0f));
    }

    @Test
    void aCitizenHoldsAtMostThreeOpenBookingsAndCancelsOnlyTheirOwn() {
        String citizen = DossierFixtures.newApplicantId();
        for (String time : List.of("09:00", "09:30", "10:00")) {
            book(citizen, time).body("data.bookVisit.userErrors", equalTo(List.of()));
        }
        book(citizen, "10:30").body("data.bookVisit.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.bookVisit.booking", nullValue());
        String first = graphql(Tokens.citizen(citizen), "{ myBookings { code } }").extract().path("data.myBookings[2].code");
        String other = DossierFixtures.newApplicantId();
        graphql(Tokens.citizen(other), "mutation { cancelBooking(input: {code: \"" + first + "\"}) { " + VISIT + " } }")
                .body("data.cancelBooking.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.citizen(citizen), "mutation { cancelBooking(input: {code: \"" + first + "\"}) { " + VISIT + " } }")
                .body("data.cancelBooking.booking.state", equalTo("CANCELLED"));
        book(citizen, "10:30").body("data.bookVisit.userErrors", equalTo(List.of()));
    }

    @Test
    void concurrentCitizensNeverTakeMoreThanASlotHolds() throws Exception {
        // five-minute slots: 2 x 5 / 6 visits, half bookable, is less than one: one booking a slot
        slots("A", 5);
        List<Callable<String>> bookers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String citizen = DossierFixtures.newApplicantId();
            bookers.add(() -> book(citizen, "09:05").extract().path("data.bookVisit.booking.code"));
        }
        assertEquals(1, answeredAtOnce(bookers), "a slot of one took one booking");
        graphql("{ visitSlots(centerCode: \"" + center + "\", groupCode: \"A\", day: \"" + day + "\") { startsAt available } }")
                .body("data.visitSlots.find { it.startsAt.contains('T02:05') }.available", equalTo(0));
    }

    @Test
    void oneBookingGivesOneTicketWhenKiosksCheckItInAtOnce() throws Exception {
        String code = book(DossierFixtures.newApplicantId(), "09:00").extract().path("data.bookVisit.booking.code");
        List<Callable<String>> scans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            scans.add(() -> checkIn(code).extract().path("data.checkInBooking.ticket.number"));
        }
        assertEquals(1, answeredAtOnce(scans), "one booking, one ticket");
        graphql("{ displayBoard(centerCode: \"" + center + "\") { waiting { groupCode waiting } } }")
                .body("data.displayBoard.waiting.find { it.groupCode == 'A' }.waiting", equalTo(1));
    }

    @Test
    void aSlotIsOneOfTheGroupsAndAGroupWithoutSlotsTakesNoBookings() {
        String citizen = DossierFixtures.newApplicantId();
        book(citizen, "09:10").body("data.bookVisit.userErrors[0].field", equalTo("input.startsAt"));
        graphql(Tokens.citizen(citizen), "mutation { bookVisit(input: {centerCode: \"" + center + "\", groupCode: \"B\","
                + " startsAt: \"" + OffsetDateTime.ofInstant(moment("09:00"), ZONE) + "\"}) { " + VISIT + " } }")
                .body("data.bookVisit.userErrors[0].code", equalTo("INVALID"));
        assertNotNull(graphql("{ visitSlots(centerCode: \"" + center + "\", groupCode: \"B\", day: \"" + day + "\") {"
                + " startsAt } }").extract().path("data.visitSlots"));
    }

    /** Runs the calls at once, one thread each; how many answered something (not null). */
    private static int answeredAtOnce(List<Callable<String>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            int answered = 0;
            for (Future<String> f : pool.invokeAll(calls)) {
                answered += f.get() == null ? 0 : 1;
            }
            return answered;
        } finally {
            pool.shutdown();
        }
    }

    private void slots(String group, int minutes) {
        graphql(Tokens.manager(center), "mutation { setVisitSlots(input: {centerCode: \"" + center + "\", groupCode: \""
                + group + "\", slotMinutes: " + minutes + "}) { group { code slotMinutes } userErrors { code } } }")
                .body("data.setVisitSlots.group.slotMinutes", equalTo(minutes));
    }

    private ValidatableResponse book(String citizen, String time) {
        return graphql(Tokens.citizen(citizen), "mutation($input: BookVisitInput!) { bookVisit(input: $input) { " + VISIT
                + " } }", Map.of("input", Map.of("centerCode", center, "groupCode", "A", "startsAt",
                        OffsetDateTime.ofInstant(moment(time), ZONE).toString()))).body("errors", nullValue());
    }

    private ValidatableResponse checkIn(String code) {
        return graphql("mutation { checkInBooking(input: {centerCode: \"" + center + "\", code: \"" + code + "\"}) {"
                + " ticket { number } userErrors { code message } } }").body("errors", nullValue());
    }

    private Instant moment(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    private void at(String time) {
        testClock.reset();
        testClock.advance(Duration.between(Instant.now(), moment(time)));
    }
}
