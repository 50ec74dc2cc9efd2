package vn.motcua.reliability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.support.GraphQLClient.graphql;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;
import vn.motcua.common.Bounds;
import vn.motcua.support.EmbeddedPostgresResource;
import vn.motcua.support.Tokens;

/**
 * Every number a range and every string a length, declared once ({@link Bounds}) on the inputs and held
 * against the columns they are stored in. A new argument without a bound fails here the day it is added.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DeclaredBoundsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyBoundFitsTheColumnsItNames() throws SQLException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement column = connection.prepareStatement(
                "select data_type, character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            for (Field bound : Bounds.class.getFields()) {
                Bounds.FitsIn fitsIn = bound.getAnnotation(Bounds.FitsIn.class);
                if (fitsIn == null) {
                    continue;
                }
                long value = valueOf(bound);
                for (String tableColumn : fitsIn.value()) {
                    String[] parts = tableColumn.split("\\.");
                    column.setString(1, parts[0]);
                    column.setString(2, parts[1]);
                    try (ResultSet row = column.executeQuery()) {
                        checked++;
                        if (!row.next()) {
                            problems.add(bound.getName() + ": no column " + tableColumn);
                            continue;
                        }
                        String problem = misfit(value, row.getString(1), row.getObject(2, Integer.class));
                        if (problem != null) {
                            problems.add(bound.getName() + " = " + value + " does not fit " + tableColumn + ": " + problem);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 40, "the bounds name their columns");
        assertEquals(List.of(), problems);
    }

    /** A length for text columns, a largest value for number columns. */
    private static String misfit(long bound, String dataType, Integer maxLength) {
        return switch (dataType) {
            case "character varying" -> bound <= maxLength ? null : "at most " + maxLength + " characters";
            case "text" -> null;
            case "integer" -> bound <= Integer.MAX_VALUE ? null : "an integer column";
            case "bigint" -> null;
            default -> "a " + dataType + " column takes no bound";
        };
    }

    private static long valueOf(Field bound) {
        try {
            return ((Number) bound.get(null)).longValue();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyArgumentAndInputFieldDeclaresItsBounds() {
        List<String> missing = new ArrayList<>();
        int arguments = 0;
        for (JavaClass api : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua").stream().filter(c -> c.isAnnotatedWith(GraphQLApi.class)).toList()) {
            for (Method method : api.reflect().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (!parameter.isAnnotationPresent(Source.class)) {
                        arguments++;
                        requireBounds(parameter.getAnnotatedType(),
                                api.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")", false,
                                missing);
                    }
                }
            }
        }
        assertTrue(arguments > 50, "the API's arguments were found: " + arguments);
        assertEquals(List.of(), missing);
    }

    /**
     * Strings need a length, numbers a range, lists a size; inputs need {@code @Valid} (on themselves or on
     * their list, {@code cascaded}) and are checked field by field.
     */
    private static void requireBounds(AnnotatedType type, String path, boolean cascaded, List<String> missing) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            Size size = type.getAnnotation(Size.class);
            require(size != null && size.max() < Integer.MAX_VALUE, path, "a @Size(max)", missing);
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            require(type.isAnnotationPresent(Min.class) && type.isAnnotationPresent(Max.class), path,
                    "a @Min and a @Max", missing);
        } else if (Collection.class.isAssignableFrom(raw)) {
            require(type.isAnnotationPresent(Size.class), path, "a @Size(max) on the list", missing);
            requireBounds(((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0], path + "[]",
                    type.isAnnotationPresent(Valid.class), missing);
        } else if (raw.isRecord()) {
            require(cascaded || type.isAnnotationPresent(Valid.class), path, "@Valid, so that its fields are checked",
                    missing);
            for (RecordComponent component : raw.getRecordComponents()) {
                requireBounds(component.getAnnotatedType(), path + "." + component.getName(), false, missing);
            }
        } else {
            require(raw.isEnum() || raw == Boolean.class || raw == boolean.class || raw == LocalDate.class
                    || raw == java.time.OffsetDateTime.class, path,
                    "a known kind of value (not " + raw.getSimpleName() + ")", missing);
        }
    }

    private static Class<?> rawClass(AnnotatedType type) {
        return type.getType() instanceof Class<?> c ? c
                : (Class<?>) ((java.lang.reflect.ParameterizedType) type.getType()).getRawType();
    }

    private static void require(boolean declared, String path, String what, List<String> missing) {
        if (!declared) {
            missing.add(path + " needs " + what);
        }
    }

    @Test
    void aValueOverItsBoundIsRefusedBeforeAnythingIsWritten() {
        String code = "X".repeat(Bounds.CODE + 1);
        graphql(Tokens.administrator(), """
                mutation($code: String!) { createCenter(input: {code: $code, name: "Trung tâm", province: "Cà Mau"}) {
                  center { code } userErrors { code } } }""", Map.of("code", code))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("input.code"))
                .body("data", nullValue());
        graphql(Tokens.administrator(), "query($code: String!) { procedure(code: $code) { code } }", Map.of("code", code))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        // inside a list of inputs, named by its place
        graphql(Tokens.administrator(), """
                mutation($name: String!) { importHolidays(input: {days: [{day: "2031-01-01", kind: HOLIDAY, name: "Tết"},
                  {day: "2031-01-02", kind: HOLIDAY, name: $name}]}) { userErrors { code } } }""",
                Map.of("name", "T".repeat(Bounds.NAME + 1)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("input.days[1].name: size must be between 0 and " + Bounds.NAME));
        graphql("{ holidays(year: 2031) { day } }").body("data.holidays", org.hamcrest.Matchers.empty());
    }
}
