package vn.motcua.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * V15 folds the agencies and fields that a database held before V14 gave them a search text: a database of
 * its own is migrated to V14, given rows, then migrated on.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FoldMigrationTest {

    @Test
    void existingAgenciesAndFieldsGetTheirFoldedNames() throws Exception {
        String url = EmbeddedPostgresResource.databaseMigratedTo("fold_migration", "14");
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("insert into agency (code, name, kind) values ('STP', 'Sở Tư pháp', 'DEPARTMENT')");
            statement.execute("insert into field (code, name, agency_id) select 'STP-02', 'Hộ tịch', id from agency");
            EmbeddedPostgresResource.migrateToLatest(url);
            try (ResultSet row = statement.executeQuery("select a.search_text, f.search_text from agency a join field f"
                    + " on f.agency_id = a.id")) {
                row.next();
                assertEquals("so tu phap", row.getString(1));
                assertEquals("ho tich", row.getString(2));
            }
        }
    }
}
