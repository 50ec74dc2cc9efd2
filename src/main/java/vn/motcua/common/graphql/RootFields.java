package vn.motcua.common.graphql;

import io.smallrye.graphql.api.Subscription;
import java.lang.reflect.Method;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** The root fields of the API as resolver methods: which methods they are, and their names in the schema. */
public final class RootFields {

    private RootFields() {
    }

    /** A query, mutation or subscription, not a nested {@code @Source} field. */
    public static boolean isRootField(Method method) {
        return method.isAnnotationPresent(Query.class) || method.isAnnotationPresent(Mutation.class)
                || method.isAnnotationPresent(Subscription.class);
    }

    /** The field's name in the schema: {@code @Name}, the annotation's value, or the method's name. */
    public static String name(Method method) {
        Name name = method.getAnnotation(Name.class);
        if (name != null) {
            return name.value();
        }
        Query query = method.getAnnotation(Query.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        Mutation mutation = method.getAnnotation(Mutation.class);
        return mutation != null && !mutation.value().isEmpty() ? mutation.value() : method.getName();
    }
}
