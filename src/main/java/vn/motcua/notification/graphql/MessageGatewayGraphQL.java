package vn.motcua.notification.graphql;

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
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.service.MessageGateways;
import vn.motcua.security.Roles;

/** The SMS and Zalo gateways through which a center's messages reach citizens' phones. */
@GraphQLApi
@CodedErrors
public class MessageGatewayGraphQL {

    @Inject
    MessageGateways gateways;

    @Input("SetMessageGatewayInput")
    public record SetGatewayInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Description("SMS or ZALO") NotificationChannel channel,
            @Size(max = Bounds.URL) @Description("Where messages are posted; none removes the gateway") String url,
            @Size(max = Bounds.GATEWAY_TOKEN) @Description("Sent as the bearer token; never shown again") String token) {
    }

    @Type("MessageGateway")
    public record Gateway(@NonNull String centerCode, @NonNull NotificationChannel channel, @NonNull String url,
            @NonNull @Description("Whether a token is set; the token itself is never shown") boolean hasToken) {
    }

    @Type("MessageGatewayPayload")
    public record GatewayPayload(@Description("The gateway after the change; none when removed") Gateway gateway,
            @NonNull List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Sets the center's SMS or Zalo gateway: each message is posted to it as JSON"
            + " {to, text, reference} with the token as bearer and the reference as Idempotency-Key")
    @Name("setMessageGateway") // a "set" prefix alone would be read as a JavaBean setter and dropped
    public @NonNull GatewayPayload setMessageGateway(@NonNull @Valid SetGatewayInput input) {
        return Mutations.run(() -> new GatewayPayload(gateways.set(input.centerCode(), input.channel(), input.url(),
                input.token()).map(g -> new Gateway(input.centerCode(), g.channel, g.url, g.token != null)).orElse(null),
                List.of()), errors -> new GatewayPayload(null, errors));
    }
}
