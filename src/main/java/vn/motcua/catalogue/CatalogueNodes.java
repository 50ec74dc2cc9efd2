package vn.motcua.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.common.NodeResolver;

/** The catalogue is public: every version of every procedure stays readable. */
public final class CatalogueNodes {

    private CatalogueNodes() {
    }

    @ApplicationScoped
    public static class Agencies implements NodeResolver {
        @Override
        public String type() {
            return Agency.TYPE;
        }

        @Override
        public Optional<Agency> load(long id) {
            return Agency.findByIdOptional(id);
        }
    }

    @ApplicationScoped
    public static class Fields implements NodeResolver {
        @Override
        public String type() {
            return Field.TYPE;
        }

        @Override
        public Optional<Field> load(long id) {
            return Field.findByIdOptional(id);
        }
    }

    @ApplicationScoped
    public static class Procedures implements NodeResolver {
        @Override
        public String type() {
            return Procedure.TYPE;
        }

        /** Drafts are the managers' work in progress, not part of the public catalogue. */
        @Override
        public Optional<Procedure> load(long id) {
            return Procedure.<Procedure>findByIdOptional(id).filter(p -> p.status != ProcedureStatus.DRAFT);
        }
    }
}
