package vn.motcua.support;

import static vn.motcua.support.GraphQLClient.graphql;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh center per test, with its own groups and counters, so queues never mix. */
public final class QueueFixtures {

    private static final AtomicInteger CENTERS = new AtomicInteger();
    public static final String TICKET = "ticket { number status priority group { code } counter { code } }"
            + " peopleAhead estimatedWaitMinutes userErrors { field code message }";

    private QueueFixtures() {
    }

    /** A center with groups A (Sở Tư pháp) and B (Sở Xây dựng) and {@code counters} counters serving A then B. */
    public static String newCenter(int counters) {
        String center = "T" + (System.currentTimeMillis() % 100000) + CENTERS.incrementAndGet();
        String manager = Tokens.manager(center);
        graphql(Tokens.administrator(), "mutation { createCenter(input: {code: \"" + center + "\", name: \"Trung tâm thử " + center
                + "\", province: \"Cà Mau\"}) { userErrors { code } } }").body("data.createCenter.userErrors", org.hamcrest.Matchers.empty());
        group(center, "A", "Tư pháp", "STP");
        group(center, "B", "Xây dựng", "SXD");
        for (int i = 1; i <= counters; i++) {
            String code = "Q" + i;
            graphql(manager, "mutation { createCounter(input: {centerCode: \"" + center + "\", code: \"" + code
                    + "\", name: \"Quầy " + i + "\"}) { userErrors { code } } }");
            profile(center, code, List.of("A", "B"));
        }
        return center;
    }

    public static void group(String center, String code, String name, String agency) {
        graphql(Tokens.manager(center), "mutation { createServiceGroup(input: {centerCode: \"" + center + "\", code: \"" + code
                + "\", name: \"" + name + "\", agencyCodes: [\"" + agency + "\"]}) { userErrors { code } } }")
                .body("data.createServiceGroup.userErrors", org.hamcrest.Matchers.empty());
    }

    public static void profile(String center, String counter, List<String> groups) {
        graphql(Tokens.manager(center), "mutation($i: CounterProfileInput!) { setCounterProfile(input: $i) { userErrors { code } } }",
                Map.of("i", Map.of("centerCode", center, "counterCode", counter, "groupCodes", groups)))
                .body("data.setCounterProfile.userErrors", org.hamcrest.Matchers.empty());
    }

    /** The officer of counter Q{n}: the token names the center and the counter. */
    public static String officer(String center, int n) {
        return Tokens.counterOfficer(center, "Q" + n);
    }

    public static void open(String center, int n) {
        graphql(officer(center, n), "mutation { openCounter(input: {counterCode: \"Q" + n + "\"}) { counter { status }"
                + " userErrors { code message } } }").body("data.openCounter.counter.status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    public static JsonPath take(String token, String center, String group, String priority) {
        String input = "{centerCode: \"" + center + "\", groupCode: \"" + group + "\""
                + (priority == null ? "" : ", priority: " + priority) + "}";
        return graphql(token, "mutation { takeTicket(input: " + input + ") { " + TICKET + " } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.takeTicket.userErrors", org.hamcrest.Matchers.empty())
                .extract().jsonPath().setRootPath("data.takeTicket");
    }

    /** Takes {@code count} tickets of {@code group} in parallel, as a crowd at the kiosks would. */
    public static void takeMany(String center, String group, int count, java.util.concurrent.ExecutorService pool)
            throws Exception {
        List<java.util.concurrent.Callable<Void>> takers = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            takers.add(() -> {
                take(null, center, group, null);
                return null;
            });
        }
        for (java.util.concurrent.Future<Void> f : pool.invokeAll(takers)) {
            f.get();
        }
    }

    public static JsonPath counterAction(String center, int n, String mutation, String extra) {
        return graphql(officer(center, n), "mutation { " + mutation + "(input: {counterCode: \"Q" + n + "\"" + extra + "}) { "
                + TICKET.replace(" peopleAhead estimatedWaitMinutes", "") + " } }")
                .extract().jsonPath().setRootPath("data." + mutation);
    }

    public static JsonPath callNext(String center, int n) {
        return counterAction(center, n, "callNextTicket", "");
    }
}
