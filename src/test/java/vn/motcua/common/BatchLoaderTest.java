package vn.motcua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.support.EmbeddedPostgresResource;

/** Batches of every width, and past the widest, answer what one query per key would. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BatchLoaderTest {

    @Inject
    BatchLoader batch;

    @Test
    @Transactional
    void everyBatchSizeAnswersInTheKeysOrder() {
        List<Long> all = Procedure.<Procedure>find("order by id desc").page(0, 300).list().stream().map(p -> p.id).toList();
        assertTrue(all.size() > 130, "the demo catalogue holds more procedures than the widest batch");
        for (int size : new int[] { 1, 8, 9, 32, 33, 128, 129, 300 }) {
            List<Long> ids = new ArrayList<>(all.subList(0, Math.min(size, all.size())));
            ids.add(ids.get(0)); // a key twice
            ids.add(null); // a dossier without a case variant
            ids.add(-1L); // a key with no row
            List<Procedure> found = batch.byIds(Procedure.class, ids, p -> p.id);
            assertEquals(ids.size(), found.size());
            for (int i = 0; i < ids.size() - 2; i++) {
                assertEquals(ids.get(i), found.get(i).id, "size " + size + ", position " + i);
            }
            assertNull(found.get(ids.size() - 2));
            assertNull(found.get(ids.size() - 1));

            List<List<RequiredDocument>> documents = batch.childrenOf(RequiredDocument.class, "procedureId", ids,
                    d -> d.procedureId, "position");
            for (int i = 0; i < ids.size(); i++) {
                List<Long> expected = ids.get(i) == null ? List.of()
                        : RequiredDocument.<RequiredDocument>list("procedureId = ?1 order by position", ids.get(i))
                                .stream().map(d -> d.id).toList();
                assertEquals(expected, documents.get(i).stream().map(d -> d.id).toList(), "size " + size + ", key " + i);
            }
        }
    }
}
