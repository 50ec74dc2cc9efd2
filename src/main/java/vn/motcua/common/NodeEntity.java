package vn.motcua.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Panache entity that is also a GraphQL {@code Node}: the database id stays internal, clients see
 * an opaque global ID. Subclasses declare {@code implements Node} themselves: SmallRye GraphQL reads only
 * the interfaces a type names itself, and an abstract class that named it would appear in the schema as a
 * type of its own.
 */
@MappedSuperclass
public abstract class NodeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    /** The GraphQL type name, also the prefix of the global ID. */
    protected abstract String nodeType();

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    public String getGlobalId() {
        return GlobalId.encode(nodeType(), id);
    }
}
