package vn.motcua.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.common.SearchText;
import vn.motcua.support.EmbeddedPostgresResource;

/** The search's data, as stored: what the search compares with folded words must be folded itself. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SearchSynonymsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everySynonymIsWrittenFolded() throws Exception {
        int rows = 0;
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery("select term, expansion from search_synonym")) {
            while (row.next()) {
                assertEquals(SearchText.fold(row.getString("term")), row.getString("term"));
                assertEquals(SearchText.fold(row.getString("expansion")), row.getString("expansion"));
                rows++;
            }
        }
        assertTrue(rows > 0);
    }

    @Test
    void everyFieldAndAgencyNameIsKeptFolded() throws Exception {
        for (String table : List.of("field", "agency")) {
            int rows = 0;
            try (Connection connection = dataSource.getConnection();
                    ResultSet row = connection.createStatement().executeQuery("select name, search_text from " + table)) {
                while (row.next()) {
                    assertEquals(SearchText.fold(row.getString("name")), row.getString("search_text"), table);
                    rows++;
                }
            }
            assertTrue(rows > 0, table);
        }
    }
}
