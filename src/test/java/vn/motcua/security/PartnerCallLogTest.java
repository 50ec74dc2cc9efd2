package vn.motcua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/** Reads by a partner agency are recorded too, under its client identity; other callers' are not. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PartnerCallLogTest {

    @Test
    void everyPartnerOperationIsRecordedWithItsClient() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger audit = Logger.getLogger("vn.motcua.audit.partner");
        audit.addHandler(capture);
        try {
            graphql(Tokens.partner("SXD"), "{ dossiers(first: 1) { totalCount edges { node { procedure { code } } } } }")
                    .statusCode(200);
            graphql(Tokens.manager(), "{ dossiers(first: 1) { totalCount } }").statusCode(200);
            assertEquals(1, lines.size(), "one line for the partner's one operation: " + lines);
            assertTrue(lines.get(0).contains("client=partner-client-SXD") && lines.get(0).contains("agency=SXD")
                    && lines.get(0).contains("operation=dossiers"), lines.get(0));
        } finally {
            audit.removeHandler(capture);
        }
    }
}
