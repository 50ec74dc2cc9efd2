package vn.motcua.catalogue.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureAvailability;
import vn.motcua.catalogue.ProcedureCase;
import vn.motcua.catalogue.ProcedureChannel;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.common.time.CenterClock;

/**
 * Related catalogue objects, each loaded for a whole list of parents in one statement. The catalogue
 * is public, so these are too.
 */
@GraphQLApi
@CodedErrors
@PermitAll
public class CatalogueSources {

    @Inject
    BatchLoader batch;
    @Inject
    CenterClock clock;

    @Description("Whether it can be filed today, from its status and effective dates")
    public @NonNull List<@NonNull ProcedureAvailability> availability(@Source List<Procedure> procedures) {
        LocalDate today = clock.utcToday();
        return procedures.stream().map(p -> p.availabilityOn(today)).toList();
    }

    public @NonNull List<@NonNull Agency> agency(@Source List<Procedure> procedures) {
        return batch.byIds(Agency.class, procedures.stream().map(p -> p.agencyId).toList(), a -> a.id);
    }

    public @NonNull List<@NonNull Field> field(@Source List<Procedure> procedures) {
        return batch.byIds(Field.class, procedures.stream().map(p -> p.fieldId).toList(), f -> f.id);
    }

    public @NonNull List<@NonNull List<@NonNull ProcedureChannel>> channels(@Source List<Procedure> procedures) {
        return batch.childrenOf(ProcedureChannel.class, "procedureId", ids(procedures), c -> c.procedureId,
                "channel");
    }

    public @NonNull List<@NonNull List<@NonNull RequiredDocument>> documents(@Source List<Procedure> procedures) {
        return batch.childrenOf(RequiredDocument.class, "procedureId", ids(procedures), d -> d.procedureId,
                "position");
    }

    public @NonNull List<@NonNull List<@NonNull ProcedureCase>> cases(@Source List<Procedure> procedures) {
        return batch.childrenOf(ProcedureCase.class, "procedureId", ids(procedures), c -> c.procedureId, "position");
    }

    @Name("agency")
    public @NonNull List<@NonNull Agency> agencyOfField(@Source List<Field> fields) {
        return batch.byIds(Agency.class, fields.stream().map(f -> f.agencyId).toList(), a -> a.id);
    }

    private static List<Long> ids(List<Procedure> procedures) {
        return procedures.stream().map(p -> p.id).toList();
    }
}
