package vn.motcua.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("An object with an opaque global ID, fetchable with `node(id:)`.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    String getGlobalId();
}
