package vn.motcua.queue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;
import static vn.motcua.support.QueueFixtures.callNext;
import static vn.motcua.support.QueueFixtures.counterAction;
import static vn.motcua.support.QueueFixtures.newCenter;
import static vn.motcua.support.QueueFixtures.open;
import static vn.motcua.support.QueueFixtures.take;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.support.DossierFixtures;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GraphQLSubscriber;
import vn.motcua.support.QueueFixtures;
import vn.motcua.support.Tokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class QueueTest {

    @Test
    void ticketsAreNumberedPerGroupAndDayAndKnowTheirPlace() {
        String center = newCenter(1);
        JsonPath first = take(null, center, "A", null);
        JsonPath second = take(null, center, "A", null);
        JsonPath other = take(null, center, "B", null);
        assertEquals("A001", first.getString("ticket.number"));
        assertEquals("A002", second.getString("ticket.number"));
        assertEquals("B001", other.getString("ticket.number"));
        assertEquals(0, first.getInt("peopleAhead"));
        assertEquals(1, second.getInt("peopleAhead"));
        assertTrue(second.getInt("estimatedWaitMinutes") > 0);
        graphql("{ ticket(centerCode: \"" + center + "\", number: \"A002\") { status peopleAhead groupCode } }")
                .body("data.ticket.peopleAhead", equalTo(1))
                .body("data.ticket.status", equalTo("WAITING"));
    }

    @Test
    void aProcedurePicksItsAgencysGroupAndARetiredOneIsRefused() {
        String center = newCenter(1);
        DossierFixtures.ensureProcedure();
        graphql("mutation { takeTicket(input: {centerCode: \"" + center + "\", procedureCode: \"" + DossierFixtures.PROCEDURE
                + "\"}) { ticket { number } userErrors { code } } }")
                .body("data.takeTicket.ticket.number", equalTo("B001"));
        graphql(Tokens.manager(), "mutation { createProcedure(input: {code: \"9.000777\", name: \"Thủ tục sắp bãi bỏ\","
                + " agencyCode: \"SXD\", fieldCode: \"SXD-01\", level: PROVINCIAL, applicantTypes: [CITIZEN],"
                + " onlineLevel: NONE, channels: [{channel: DIRECT, processingDays: 3}]}) { userErrors { code } } }");
        graphql(Tokens.manager(), "mutation { publishProcedure(input: {code: \"9.000777\", version: 1}) { userErrors { code } } }");
        graphql(Tokens.manager(), "mutation { retireProcedure(input: {code: \"9.000777\"}) { userErrors { code } } }");
        graphql("mutation { takeTicket(input: {centerCode: \"" + center + "\", procedureCode: \"9.000777\"}) {"
                + " ticket { number } userErrors { field code } } }")
                .body("data.takeTicket.ticket", nullValue())
                .body("data.takeTicket.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql("mutation { takeTicket(input: {centerCode: \"" + center + "\", groupCode: \"A\", procedureCode: \""
                + DossierFixtures.PROCEDURE + "\"}) { userErrors { code } } }")
                .body("data.takeTicket.userErrors[0].code", equalTo("INVALID"));
    }

    @Test
    void priorityFirstThenFirstComeFirstServed() {
        String center = newCenter(1);
        take(null, center, "A", null);
        take(null, center, "A", null);
        take(null, center, "A", "ELDERLY");
        take(null, center, "B", "PREGNANT");
        open(center, 1);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            order.add(callNext(center, 1).getString("ticket.number"));
        }
        // priority tickets of both groups first (preferred group first), then group A by arrival
        assertEquals(List.of("A003", "B001", "A001", "A002"), order);
        assertEquals("QUEUE_EMPTY", callNext(center, 1).getString("userErrors[0].code"));
    }

    @Test
    void theCenterSaysWhichPrioritiesItOffersAndWhoGrantsThem() {
        String center = newCenter(1);
        String set = "mutation($i: SetPriorityCategoriesInput!) { setPriorityCategories(input: $i) {"
                + " categories { priority grantedBy } userErrors { field code } } }";
        graphql(Tokens.manager(), set, Map.of("i", Map.of("centerCode", center, "categories", List.of())))
                .body("data.setPriorityCategories.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(Tokens.manager(center), set, Map.of("i", Map.of("centerCode", center, "categories", List.of(
                Map.of("priority", "ELDERLY", "grantedBy", "KIOSK"), Map.of("priority", "MERIT", "grantedBy", "OFFICER")))))
                .body("data.setPriorityCategories.categories.priority", equalTo(List.of("ELDERLY", "MERIT")));
        graphql("{ priorityCategories(centerCode: \"" + center + "\") { priority grantedBy } }")
                .body("data.priorityCategories.grantedBy", equalTo(List.of("KIOSK", "OFFICER")));

        graphql("mutation { takeTicket(input: {centerCode: \"" + center + "\", groupCode: \"A\", priority: PREGNANT})"
                + " { ticket { number } userErrors { field code } } }")
                .body("data.takeTicket.userErrors[0].field", equalTo("input.priority"));
        take(null, center, "A", null);
        JsonPath merit = take(null, center, "A", "MERIT");
        assertEquals("NORMAL", merit.getString("ticket.priority"), "until an officer has seen the papers");
        take(null, center, "A", null);
        take(null, center, "A", "ELDERLY");
        open(center, 1);
        assertEquals("A004", callNext(center, 1).getString("ticket.number"), "the kiosk granted this one");
        assertEquals("MERIT", counterAction(center, 1, "confirmTicketPriority", ", ticketNumber: \"A002\"")
                .getString("ticket.priority"));
        assertEquals("INVALID_STATE", counterAction(center, 1, "confirmTicketPriority", ", ticketNumber: \"A003\"")
                .getString("userErrors[0].code"), "nothing to confirm");
        assertEquals("A002", callNext(center, 1).getString("ticket.number"), "confirmed, it is served first");
        assertEquals("A001", callNext(center, 1).getString("ticket.number"));
    }

    @Test
    void aVisitRunsFromCallToFinishAndLinksItsDossier() {
        String center = newCenter(2);
        take(null, center, "A", null);
        assertEquals("COUNTER_NOT_OPEN", callNext(center, 1).getString("userErrors[0].code"));
        open(center, 1);
        assertEquals("A001", callNext(center, 1).getString("ticket.number"));
        String ticket = ", ticketNumber: \"A001\"";
        assertEquals("INVALID_STATE", counterAction(center, 1, "finishTicket", ticket).getString("userErrors[0].code"));
        assertEquals(1, graphql(QueueFixtures.officer(center, 1), "mutation { recallTicket(input: {counterCode: \"Q1\""
                + ticket + "}) { ticket { recalls } } }").extract().jsonPath().getInt("data.recallTicket.ticket.recalls"));
        assertEquals("SERVING", counterAction(center, 1, "startServing", ticket).getString("ticket.status"));
        // another counter cannot touch it
        open(center, 2);
        assertEquals("INVALID_STATE", counterAction(center, 2, "finishTicket", ticket).getString("userErrors[0].code"));
        // the visit opened a dossier, received at this center by this counter's officer
        String dossier = DossierFixtures.receive(QueueFixtures.officer(center, 1), DossierFixtures.newApplicantId())
                .getString("receipt.dossier.code");
        JsonPath done = counterAction(center, 1, "finishTicket", ticket + ", dossierCode: \"" + dossier + "\"");
        assertEquals("DONE", done.getString("ticket.status"));
        graphql(Tokens.manager(center), "{ serviceTimeStatistics(centerCode: \"" + center + "\", day: \""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\") { groupCode counterCode served } }")
                .body("errors", nullValue())
                .body("data.serviceTimeStatistics[0].served", equalTo(1));
    }

    @Test
    void aCounterNeverCallsAGroupItDoesNotServe() {
        String center = newCenter(2);
        QueueFixtures.profile(center, "Q2", List.of("B"));
        take(null, center, "A", null);
        open(center, 2);
        JsonPath refused = callNext(center, 2);
        assertEquals("QUEUE_EMPTY", refused.getString("userErrors[0].code"));
        assertNull(refused.get("ticket"));
        graphql("{ ticket(centerCode: \"" + center + "\", number: \"A001\") { status } }")
                .body("data.ticket.status", equalTo("WAITING"));
    }

    @Test
    void aTransferredTicketKeepsItsPlaceInTime() {
        String center = newCenter(2);
        QueueFixtures.profile(center, "Q2", List.of("B"));
        take(null, center, "A", null);
        take(null, center, "B", null);
        take(null, center, "B", null);
        open(center, 1);
        open(center, 2);
        assertEquals("A001", callNext(center, 1).getString("ticket.number"));
        JsonPath moved = counterAction(center, 1, "transferTicket", ", ticketNumber: \"A001\", toGroupCode: \"B\"");
        assertEquals("TRANSFERRED", moved.getString("ticket.status"), moved.prettify());
        // it was taken before B001 and B002, so counter 2 (group B only) calls it first
        assertEquals("A001", callNext(center, 2).getString("ticket.number"));
        assertEquals("B001", callNext(center, 2).getString("ticket.number"));
    }

    @Test
    void closingACounterHandsItsTicketsBackToTheLine() {
        String center = newCenter(2);
        for (int i = 0; i < 4; i++) {
            take(null, center, "A", null);
        }
        open(center, 1);
        open(center, 2);
        assertEquals("A001", callNext(center, 1).getString("ticket.number"));
        assertEquals("A002", callNext(center, 2).getString("ticket.number"));
        counterAction(center, 2, "startServing", ", ticketNumber: \"A002\"");
        assertEquals("A003", callNext(center, 1).getString("ticket.number")); // A001 given up as no-show
        // A003 is sent to counter 2, which then closes while serving A002
        counterAction(center, 1, "startServing", ", ticketNumber: \"A003\"");
        counterAction(center, 1, "transferTicket", ", ticketNumber: \"A003\", toCounterCode: \"Q2\"");
        graphql(QueueFixtures.officer(center, 2), "mutation { closeCounter(input: {counterCode: \"Q2\"}) {"
                + " counter { status } userErrors { code } } }").body("data.closeCounter.counter.status", equalTo("CLOSED"));
        for (String number : List.of("A002", "A003")) {
            graphql("{ ticket(centerCode: \"" + center + "\", number: \"" + number + "\") { status counterCode } }")
                    .body("data.ticket.status", equalTo("WAITING")).body("data.ticket.counterCode", nullValue());
        }
        // each keeps its place in time: counter 1 calls them before A004
        assertEquals("A002", callNext(center, 1).getString("ticket.number"));
        assertEquals("A003", callNext(center, 1).getString("ticket.number"));
        assertEquals("A004", callNext(center, 1).getString("ticket.number"));
    }

    @Test
    void aTransferToAClosedCounterIsRefusedAndChangesNothing() {
        String center = newCenter(2);
        take(null, center, "A", null);
        open(center, 1);
        callNext(center, 1);
        counterAction(center, 1, "startServing", ", ticketNumber: \"A001\"");
        JsonPath refused = counterAction(center, 1, "transferTicket", ", ticketNumber: \"A001\", toCounterCode: \"Q2\"");
        assertEquals("COUNTER_NOT_OPEN", refused.getString("userErrors[0].code"), refused.prettify());
        assertEquals("input.toCounterCode", refused.getString("userErrors[0].field"));
        graphql("{ ticket(centerCode: \"" + center + "\", number: \"A001\") { status counterCode } }")
                .body("data.ticket.status", equalTo("SERVING")).body("data.ticket.counterCode", equalTo("Q1"));
    }

    @Test
    void onlyTheHolderCancelsAndTheBoardShowsCalls() {
        String center = newCenter(1);
        String citizen = Tokens.citizen("001090000777");
        JsonPath mine = take(citizen, center, "A", null);
        take(null, center, "A", null);
        String number = mine.getString("ticket.number");
        graphql(citizen, "{ myTickets { number status } }").body("data.myTickets.number", hasItem(number));
        String cancel = "mutation { cancelTicket(input: {centerCode: \"" + center + "\", ticketNumber: \"%s\"}) {"
                + " ticket { status } userErrors { code } } }";
        graphql(Tokens.citizen("001090000888"), cancel.formatted(number))
                .body("data.cancelTicket.userErrors[0].code", equalTo("NOT_FOUND"));
        graphql(citizen, cancel.formatted(number)).body("data.cancelTicket.ticket.status", equalTo("CANCELLED"));
        open(center, 1);
        assertEquals("A002", callNext(center, 1).getString("ticket.number"));
        graphql("{ displayBoard(centerCode: \"" + center + "\") { recentCalls { ticketNumber counterCode } waiting { groupCode waiting } } }")
                .body("data.displayBoard.recentCalls[0].ticketNumber", equalTo("A002"))
                .body("data.displayBoard.recentCalls[0].counterCode", equalTo("Q1"))
                .body("data.displayBoard.waiting.find { it.groupCode == 'A' }.waiting", equalTo(0));
    }

    @TestHTTPResource("/graphql")
    URI graphqlEndpoint;

    @Test
    void subscribersSeeACallMadeThroughAnotherRequest() throws Exception {
        String center = newCenter(1);
        take(null, center, "A", null);
        take(null, center, "A", null);
        open(center, 1);
        try (GraphQLSubscriber board = new GraphQLSubscriber(graphqlEndpoint, "subscription { displayBoardUpdated(centerCode: \""
                + center + "\") { recentCalls { ticketNumber counterCode } waiting { groupCode waiting } } }");
                GraphQLSubscriber ticket = new GraphQLSubscriber(graphqlEndpoint, "subscription { ticketUpdated(centerCode: \""
                        + center + "\", number: \"A002\") { number status peopleAhead } }")) {
            // let both subscriptions reach the server before the call
            Thread.sleep(500);
            assertEquals("A001", callNext(center, 1).getString("ticket.number"));
            JsonObject update = board.next(10, TimeUnit.SECONDS);
            assertNotNull(update, "the board got no update");
            assertNull(update.getValue("errors"), update.encodePrettily());
            assertEquals("A001", update.getJsonObject("data").getJsonObject("displayBoardUpdated")
                    .getJsonArray("recentCalls").getJsonObject(0).getString("ticketNumber"));
            JsonObject mine = ticket.next(10, TimeUnit.SECONDS);
            assertNotNull(mine, "the ticket holder got no update");
            assertEquals(0, mine.getJsonObject("data").getJsonObject("ticketUpdated").getInteger("peopleAhead"));
        }
    }

    @Test
    void thirtyTwoCountersCallAThousandTicketsEachExactlyOnce() throws Exception {
        int counters = 32;
        int tickets = 1000;
        String center = newCenter(counters);
        ExecutorService pool = Executors.newFixedThreadPool(counters);
        try {
            QueueFixtures.takeMany(center, "A", tickets * 2 / 3, pool);
            QueueFixtures.takeMany(center, "B", tickets - tickets * 2 / 3, pool);
            for (int n = 1; n <= counters; n++) {
                open(center, n);
            }
            Set<String> called = ConcurrentHashMap.newKeySet();
            List<String> duplicates = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Callable<Void>> desks = new ArrayList<>();
            for (int n = 1; n <= counters; n++) {
                int desk = n;
                desks.add(() -> {
                    while (true) {
                        JsonPath r = callNext(center, desk);
                        String number = r.getString("ticket.number");
                        if (number == null) {
                            if (!"QUEUE_EMPTY".equals(r.getString("userErrors[0].code"))) {
                                failures.add(r.prettify());
                            }
                            return null;
                        }
                        if (!called.add(number)) {
                            duplicates.add(number);
                        }
                    }
                });
            }
            for (Future<Void> f : pool.invokeAll(desks)) {
                f.get();
            }
            assertEquals(List.of(), failures, "no call may fail");
            assertEquals(List.of(), duplicates, "no ticket may be called twice");
            assertEquals(tickets, called.size(), "every ticket is called");
        } finally {
            pool.shutdown();
        }
    }
}
