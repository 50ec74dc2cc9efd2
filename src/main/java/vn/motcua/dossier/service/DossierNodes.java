package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.motcua.common.NodeResolver;
import vn.motcua.dossier.Dossier;

/** node(id) for dossiers applies the list rules: not yours, not your agency's, not found. */
@ApplicationScoped
public class DossierNodes implements NodeResolver {

    @Inject
    DossierQueries queries;

    @Override
    public String type() {
        return Dossier.TYPE;
    }

    @Override
    public Optional<Dossier> load(long id) {
        return queries.visible(id);
    }
}
