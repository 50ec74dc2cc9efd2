package vn.motcua.chasing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.GraphQLClient;

/**
 * The digest's own steps, called directly (deliveries are off in tests): each recipient's digest is built
 * once a day, also by racing builders, and sent once.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DailyDigestTest {

    @Inject
    DailyDigest digest;
    @Inject
    DataSource dataSource;

    @Test
    void eachRecipientsDigestIsBuiltOnceAndSentOnceAlsoWhenBuildersRace() throws Exception {
        // a feedback about the center, due in ten working days: past the digest's horizon only if it is shorter
        GraphQLClient.graphql(null, "mutation { submitFeedback(input: {centerCode: \"BLU\", about: CENTER, text:"
                + " \"Khu vực chờ của trung tâm thiếu ghế\", contactName: \"Lê C\", contactPhone: \"0901111222\"})"
                + " { userErrors { code } } }").body("data.submitFeedback.userErrors", org.hamcrest.Matchers.empty());
        sql("update feedback set due_date = current_date where text = 'Khu vực chờ của trung tâm thiếu ghế'");
        sql("delete from digest_message");
        sql("delete from digest_recipient");
        sql("insert into digest_recipient (center_id, agency_id, email, set_by, set_at) select c.id, null,"
                + " 'giam.doc@example.vn', 'test', now() from center c where c.code = 'BLU'");
        sql("insert into digest_recipient (center_id, agency_id, email, set_by, set_at) select c.id, a.id,"
                + " 'lien.he@example.vn', 'test', now() from center c, agency a where c.code = 'BLU' and a.code = 'SXD'");
        ExecutorService builders = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> race = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                race.add(digest::buildNextDue);
            }
            int built = 0;
            for (Future<Boolean> f : builders.invokeAll(race)) {
                built += f.get() ? 1 : 0;
            }
            assertTrue(built >= 2, "each of the two recipients was built by some builder");
        } finally {
            builders.shutdown();
        }
        assertFalse(digest.buildNextDue(), "nothing left to build today");
        assertEquals(2, count("select count(*) from digest_message"));
        assertTrue(body("giam.doc@example.vn").contains("Phản ánh, kiến nghị chưa trả lời ("),
                "the manager is chased for the feedback too");
        assertTrue(body("giam.doc@example.vn").contains("Khu vực chờ của trung tâm thiếu ghế"),
                "a feedback about the center, for its manager: " + body("giam.doc@example.vn"));
        assertFalse(body("lien.he@example.vn").contains("Khu vực chờ của trung tâm thiếu ghế"),
                "not for an agency: " + body("lien.he@example.vn"));
        assertTrue(digest.sendNext());
        assertTrue(digest.sendNext());
        assertFalse(digest.sendNext(), "both sent, nothing more");
        assertEquals(2, count("select count(*) from digest_message where status = 'SENT' and sent_at is not null"
                + " and attempts = 1"));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String body(String recipient) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select body from digest_message where recipient = '" + recipient + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    private int count(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getInt(1);
        }
    }
}
