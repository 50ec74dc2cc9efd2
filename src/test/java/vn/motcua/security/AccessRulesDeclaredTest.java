package vn.motcua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import io.quarkus.security.Authenticated;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;
import vn.motcua.support.EmbeddedPostgresResource;

/**
 * Walks the whole schema: every root field the server exposes (introspection) must come from a
 * resolver that states who may call it, and so must every other public resolver method, {@code @Source}
 * ones included. A new resolver without a rule fails here.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AccessRulesDeclaredTest {

    static final List<Class<? extends Annotation>> RULES = List.of(RolesAllowed.class, PermitAll.class,
            Authenticated.class, DenyAll.class);

    @Test
    void everyResolverDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> apis = graphQLApis();
        assertTrue(apis.size() >= 8, "found only " + apis);
        List<String> undeclared = new ArrayList<>();
        Set<String> declaredRootFields = new TreeSet<>();
        for (Class<?> api : apis) {
            for (Method m : api.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                if (!hasRule(m) && !hasRule(api)) {
                    undeclared.add(api.getSimpleName() + "." + m.getName());
                }
                declaredRootFields.add(graphQLName(m));
            }
        }
        assertEquals(List.of(), undeclared, "resolvers without @RolesAllowed, @PermitAll or @Authenticated");

        Set<String> exposed = new TreeSet<>();
        for (String root : List.of("queryType", "mutationType", "subscriptionType")) {
            exposed.addAll(graphql("{ __schema { " + root + " { fields { name } } } }").extract().jsonPath()
                    .getList("data.__schema." + root + ".fields.name"));
        }
        assertTrue(exposed.size() > 40, "introspection found only " + exposed);
        exposed.removeAll(declaredRootFields);
        assertEquals(Set.of(), exposed, "root fields not backed by a resolver with a declared rule");
    }

    private static boolean hasRule(AnnotatedElement element) {
        return RULES.stream().anyMatch(element::isAnnotationPresent);
    }

    private static String graphQLName(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a instanceof Name name) {
                return name.value();
            }
            String value = switch (a.annotationType().getSimpleName()) {
                case "Query" -> ((org.eclipse.microprofile.graphql.Query) a).value();
                case "Mutation" -> ((org.eclipse.microprofile.graphql.Mutation) a).value();
                default -> "";
            };
            if (!value.isEmpty()) {
                return value;
            }
        }
        return m.getName();
    }

    /** Every class under target/classes annotated @GraphQLApi. */
    private static List<Class<?>> graphQLApis() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> apis = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$") || !name.startsWith("vn.motcua")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, AccessRulesDeclaredTest.class.getClassLoader());
                if (type.isAnnotationPresent(GraphQLApi.class)) {
                    apis.add(type);
                }
            }
        }
        return apis;
    }
}
