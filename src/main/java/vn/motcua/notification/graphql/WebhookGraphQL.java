package vn.motcua.notification.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.Page;
import vn.motcua.common.UserError;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.notification.WebhookDelivery;
import vn.motcua.notification.service.Webhooks;
import vn.motcua.security.Roles;

/** Partner webhooks, for the center's manager: endpoints, secrets, the dead-letter list. */
@GraphQLApi
@CodedErrors
public class WebhookGraphQL {

    @Inject
    Webhooks webhooks;

    @Input("RegisterWebhookInput")
    public record RegisterInput(@NonNull @Size(max = Bounds.CODE) String agencyCode,
            @NonNull @Size(max = Bounds.URL) @Description("https, on a public address") String url) {
    }

    @Input("WebhookEndpointIdInput")
    public record EndpointInput(
            @NonNull @Id @Size(max = Bounds.OPAQUE_ID) @Pattern(regexp = "\\d{1,18}") String endpointId) {
    }

    @Input("ReplayWebhookDeliveryInput")
    public record ReplayInput(
            @NonNull @Id @Size(max = Bounds.OPAQUE_ID) @Pattern(regexp = "\\d{1,18}") String deliveryId) {
    }

    @Type("WebhookEndpoint")
    public record Endpoint(@NonNull @Id String id, @NonNull String agencyCode, @NonNull String url,
            @NonNull Boolean active) {
    }

    @Type("WebhookEndpointPayload")
    public record EndpointPayload(Endpoint endpoint,
            @Description("The signing secret (Standard Webhooks, whsec_...): shown this once") String secret,
            @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("WebhookDelivery")
    public record Delivery(@NonNull @Id String id, @NonNull @Id String endpointId, @NonNull WebhookDelivery.Status status,
            @NonNull Integer attempts, @NonNull OffsetDateTime nextAttemptAt, String lastError,
            OffsetDateTime deliveredAt) {

        static Delivery of(WebhookDelivery d) {
            return new Delivery(String.valueOf(d.id), String.valueOf(d.endpointId), d.status, d.attempts,
                    d.nextAttemptAt, d.lastError, d.deliveredAt);
        }
    }

    @Type("WebhookDeliveryPayload")
    public record DeliveryPayload(Delivery delivery, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Registers a partner agency's endpoint; it receives the events of the dossiers the agency is involved"
            + " in, signed as Standard Webhooks does")
    public @NonNull EndpointPayload registerWebhook(@NonNull @Valid RegisterInput input) {
        return Mutations.run(() -> issued(webhooks.register(input.agencyCode(), input.url())),
                errors -> new EndpointPayload(null, null, errors));
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("A new signing secret; the previous one keeps signing beside it for a day")
    public @NonNull EndpointPayload rotateWebhookSecret(@NonNull @Valid EndpointInput input) {
        return Mutations.run(() -> issued(webhooks.rotateSecret(Long.parseLong(input.endpointId()))),
                errors -> new EndpointPayload(null, null, errors));
    }

    @Query
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Deliveries by status, newest first: DEAD is the dead-letter list")
    public @NonNull List<@NonNull Delivery> webhookDeliveries(@DefaultValue("DEAD") WebhookDelivery.Status status,
            @NonNull @Min(1) @Max(Page.MAX_PAGE_SIZE) int first) {
        return webhooks.deliveries(status, first).stream().map(Delivery::of).toList();
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Puts a dead delivery back in line")
    public @NonNull DeliveryPayload replayWebhookDelivery(@NonNull @Valid ReplayInput input) {
        return Mutations.run(() -> new DeliveryPayload(Delivery.of(webhooks.replay(Long.parseLong(input.deliveryId()))),
                List.of()), errors -> new DeliveryPayload(null, errors));
    }

    private static EndpointPayload issued(Webhooks.Issued issued) {
        return new EndpointPayload(new Endpoint(String.valueOf(issued.endpoint().id), issued.agency().code,
                issued.endpoint().url, issued.endpoint().active), issued.secret(), List.of());
    }
}
