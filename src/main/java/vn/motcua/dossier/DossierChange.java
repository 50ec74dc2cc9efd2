package vn.motcua.dossier;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A dossier's change as an officer's screen hears it live: what happened, and where the dossier is now. */
@Type("DossierChange")
@Description("A change of a dossier the caller may read, heard live: transferred to their agency, a supplement"
        + " received, a result recorded, ...")
public record DossierChange(@NonNull String dossierCode, @NonNull DossierAction action, @NonNull DossierStatus status,
        @Description("The agency that holds it now") String agencyCode,
        @Description("The agency it left, for a transfer or a return") String fromAgencyCode,
        @NonNull OffsetDateTime occurredAt) {
}
