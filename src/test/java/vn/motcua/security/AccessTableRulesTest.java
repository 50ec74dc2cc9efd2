package vn.motcua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.Test;
import vn.motcua.common.graphql.RootFields;

/**
 * The access table is the one grant of rights: every root field of the API has a row, no row is stale,
 * and the coarse role check on each resolver says the same as the table. Plain JUnit on the classes.
 */
class AccessTableRulesTest {

    @Test
    void everyRootFieldHasARowAndEveryRowARootField() throws Exception {
        Set<Operation> seen = EnumSet.noneOf(Operation.class);
        List<String> missing = new ArrayList<>();
        for (Method field : rootFields()) {
            Operation operation = Operation.ofField(RootFields.name(field));
            if (operation == null || AccessTable.grants(operation).isEmpty()) {
                missing.add(RootFields.name(field));
            } else {
                seen.add(operation);
            }
        }
        assertEquals(List.of(), missing, "root fields without a row in AccessTable: refused for everyone");
        assertEquals(EnumSet.allOf(Operation.class), seen, "rows for operations the API does not have");
    }

    @Test
    void eachResolversRoleCheckSaysWhatTheTableSays() throws Exception {
        List<String> disagree = new ArrayList<>();
        for (Method field : rootFields()) {
            Map<Role, Reach> row = AccessTable.grants(Operation.ofField(RootFields.name(field)));
            // a row open to anyone may still reach further for some roles; the coarse check is "anyone"
            Set<String> tableRoles = row.containsKey(Role.ANYONE) ? new TreeSet<>(Set.of("*"))
                    : row.keySet().stream().map(r -> r.tokenName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> declared = new TreeSet<>();
            RolesAllowed roles = annotation(field, RolesAllowed.class);
            if (roles != null) {
                declared.addAll(List.of(roles.value()));
            } else if (annotation(field, PermitAll.class) != null) {
                declared.add("*");
            } else if (annotation(field, Authenticated.class) != null) {
                // any signed-in caller passes the coarse check; the table must then name roles only
                declared.addAll(row.containsKey(Role.ANYONE) ? Set.of("authenticated") : tableRoles);
            }
            if (!declared.equals(tableRoles)) {
                disagree.add(RootFields.name(field) + ": resolver " + declared + ", table " + tableRoles);
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void aNewOperationStartsRefusedAndRolesMatchTheirNames() {
        for (Role role : Role.values()) {
            assertTrue(role == Role.ANYONE || role.tokenName.equals(roleConstant(role)), role.name());
        }
        // reach APPLICANT never comes from the input: only from the token's identity number
        assertFalse(AccessTable.grants(Operation.SUBMIT_DOSSIER).containsKey(Role.ANYONE));
        assertEquals(Map.of(Role.CITIZEN, Reach.APPLICANT, Role.COUNTER_OFFICER, Reach.CENTER),
                AccessTable.grants(Operation.WITHDRAW_DOSSIER), "withdrawal is the applicant's act");
    }

    private static String roleConstant(Role role) {
        try {
            return (String) Roles.class.getField(role.name()).get(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type);
    }

    /** Query, mutation and subscription methods of every @GraphQLApi class under target/classes. */
    static List<Method> rootFields() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Method> fields = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$") || !name.startsWith("vn.motcua")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, AccessTableRulesTest.class.getClassLoader());
                if (!type.isAnnotationPresent(GraphQLApi.class)) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (RootFields.isRootField(m)) {
                        fields.add(m);
                    }
                }
            }
        }
        assertTrue(fields.size() > 50, "found " + fields.size());
        return fields;
    }
}
