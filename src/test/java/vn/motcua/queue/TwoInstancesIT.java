package vn.motcua.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.motcua.support.GraphQLClient.graphqlAt;
import static vn.motcua.support.QueueFixtures.newCenter;
import static vn.motcua.support.QueueFixtures.open;
import static vn.motcua.support.QueueFixtures.take;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GraphQLSubscriber;
import vn.motcua.support.QueueFixtures;
import vn.motcua.support.SecondInstance;

/**
 * Two instances of the packaged service against one database, as behind a load balancer: counters
 * calling through either never get the same ticket, and a call through one reaches subscribers of the
 * other (LISTEN/NOTIFY). Needs the packaged jar, so it runs only as an integration test.
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class TwoInstancesIT {

    static SecondInstance second;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void countersOnBothInstancesCallEveryTicketExactlyOnce() throws Exception {
        int counters = 32;
        int tickets = 1000;
        String center = newCenter(counters);
        ExecutorService pool = Executors.newFixedThreadPool(counters);
        try {
            QueueFixtures.takeMany(center, "A", tickets, pool);
            for (int n = 1; n <= counters; n++) {
                open(center, n);
            }
            Set<String> called = ConcurrentHashMap.newKeySet();
            List<String> problems = new CopyOnWriteArrayList<>();
            List<Callable<Void>> desks = new ArrayList<>();
            for (int n = 1; n <= counters; n++) {
                int desk = n;
                String instance = desk % 2 == 0 ? second.baseUri : null; // odd desks use the first instance
                desks.add(() -> {
                    while (true) {
                        JsonPath r = callNext(instance, center, desk);
                        String number = r.getString("data.callNextTicket.ticket.number");
                        if (number == null) {
                            if (!"QUEUE_EMPTY".equals(r.getString("data.callNextTicket.userErrors[0].code"))) {
                                problems.add(r.prettify());
                            }
                            return null;
                        }
                        if (!called.add(number)) {
                            problems.add("called twice: " + number);
                        }
                    }
                });
            }
            for (Future<Void> f : pool.invokeAll(desks)) {
                f.get();
            }
            assertEquals(List.of(), problems);
            assertEquals(tickets, called.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCallThroughOneInstanceReachesSubscribersOfTheOther() throws Exception {
        String center = newCenter(1);
        take(null, center, "A", null);
        open(center, 1);
        URI secondEndpoint = URI.create(second.baseUri + "/graphql");
        try (GraphQLSubscriber board = new GraphQLSubscriber(secondEndpoint, "subscription { displayBoardUpdated(centerCode: \""
                + center + "\") { recentCalls { ticketNumber counterCode } } }", new JsonObject())) {
            Thread.sleep(500);
            assertEquals("A001", callNext(null, center, 1).getString("data.callNextTicket.ticket.number"));
            JsonObject update = board.next(10, TimeUnit.SECONDS);
            assertNotNull(update, "the other instance's subscriber got nothing");
            assertNull(update.getValue("errors"), update.encodePrettily());
            assertEquals("A001", update.getJsonObject("data").getJsonObject("displayBoardUpdated")
                    .getJsonArray("recentCalls").getJsonObject(0).getString("ticketNumber"));
        }
    }

    private static JsonPath callNext(String instance, String center, int desk) {
        return graphqlAt(instance, QueueFixtures.officer(center, desk), "mutation { callNextTicket(input: {counterCode: \"Q"
                + desk + "\"}) { ticket { number } userErrors { code } } }", Map.of()).extract().jsonPath();
    }
}
