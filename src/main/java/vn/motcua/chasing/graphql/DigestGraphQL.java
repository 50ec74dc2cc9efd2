package vn.motcua.chasing.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.UserError;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.chasing.service.DailyDigest;
import vn.motcua.security.Roles;

/** Who receives a center's daily digest of dossiers falling due and late. */
@GraphQLApi
@CodedErrors
public class DigestGraphQL {

    @Inject
    DailyDigest digest;

    @Input("SetDigestRecipientInput")
    public record SetRecipientInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @Size(max = Bounds.CODE) @Description("The agency whose contact this is; none for the center's manager")
            String agencyCode,
            @Size(max = Bounds.EMAIL) @Description("None removes the recipient") String email) {
    }

    @Type("DigestRecipient")
    public record Recipient(@Description("None: the center's manager") String agencyCode, @NonNull String email) {
    }

    @Type("DigestRecipientsPayload")
    public record RecipientsPayload(@Description("The center's recipients after the change") List<@NonNull Recipient> recipients,
            @NonNull List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Sets who receives the center's daily digest: the manager (late dossiers per agency, and those"
            + " late long enough to chase) or an agency's contact (the center's dossiers it holds that are late or"
            + " fall due soon). Sent once a day at the configured local time.")
    @Name("setDigestRecipient") // a "set" prefix alone would be read as a JavaBean setter and dropped
    public @NonNull RecipientsPayload setDigestRecipient(@NonNull @Valid SetRecipientInput input) {
        return Mutations.run(() -> new RecipientsPayload(digest.setRecipient(input.centerCode(), input.agencyCode(),
                input.email()).stream().map(r -> new Recipient(r.agencyCode(), r.email())).toList(), List.of()),
                errors -> new RecipientsPayload(null, errors));
    }
}
