package vn.motcua.center.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.center.Center;
import vn.motcua.center.service.CenterService;
import vn.motcua.common.Mutations;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.security.Roles;

@GraphQLApi
@CodedErrors
public class CenterGraphQL {

    @Inject
    CenterService centerService;

    @Query
    @PermitAll
    @Description("The centers and branches this deployment serves")
    public @NonNull List<@NonNull Center> centers() {
        return Center.list("order by code");
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Adds a center (the deployment's administrator) or a branch of the manager's own center")
    public @NonNull CenterPayload createCenter(@NonNull @Valid CenterInput input) {
        return Mutations.run(() -> new CenterPayload(centerService.createCenter(input.toCommand()), List.of()),
                errors -> new CenterPayload(null, errors));
    }
}
