package vn.motcua.dossier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.PaperTrail;

/** A dossier's papers kept in the local directory (the default storage); DossierFilesIT does it on S3. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DossierPapersTest {

    @Test
    void aDossierGoesFromIntakeToResultInTheLocalDirectory() {
        PaperTrail.fromIntakeToResult();
    }
}
