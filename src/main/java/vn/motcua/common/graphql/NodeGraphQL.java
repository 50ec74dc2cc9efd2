package vn.motcua.common.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.common.Bounds;
import vn.motcua.common.GlobalId;
import vn.motcua.common.Node;
import vn.motcua.common.NodeResolver;
import vn.motcua.common.NotFoundException;

@GraphQLApi
@CodedErrors
public class NodeGraphQL {

    @Inject
    Instance<NodeResolver> resolvers;

    /** Anyone may ask; each type's resolver applies that type's own access rules. */
    @Query
    @PermitAll
    @Description("Fetches any object by its global ID")
    public Node node(@NonNull @Id @Size(max = Bounds.OPAQUE_ID) String id) {
        GlobalId globalId = GlobalId.decode(id);
        return resolvers.stream().filter(r -> r.type().equals(globalId.type())).findFirst()
                .flatMap(r -> r.load(globalId.id()))
                .orElseThrow(() -> new NotFoundException("No node with ID " + id));
    }
}
