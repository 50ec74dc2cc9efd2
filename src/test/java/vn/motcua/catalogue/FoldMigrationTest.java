package vn.motcua.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    @Inject
    DataSource dataSource;

    @Test
    void existingAgenciesAndFieldsGetTheirFoldedNames() throws Exception {
        try (Connection main = dataSource.getConnection(); Statement statement = main.createStatement()) {
            statement.execute("drop database if exists fold_migration");
            statement.execute("create database fold_migration");
        }
        String url = EmbeddedPostgresResource.jdbcUrl().replace("/postgres", "/fold_migration");
        Flyway.configure().dataSource(url, "postgres", "postgres").target("14").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("insert into agency (code, name, kind) values ('STP', 'Sở Tư pháp', 'DEPARTMENT')");
            statement.execute("insert into field (code, name, agency_id) select 'STP-02', 'Hộ tịch', id from agency");
            Flyway.configure().dataSource(url, "postgres", "postgres").load().migrate();
            try (ResultSet row = statement.executeQuery("select a.search_text, f.search_text from agency a join field f"
                    + " on f.agency_id = a.id")) {
                row.next();
                assertEquals("so tu phap", row.getString(1));
                assertEquals("ho tich", row.getString(2));
            }
        }
    }
}
