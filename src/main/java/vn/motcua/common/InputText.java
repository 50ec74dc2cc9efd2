package vn.motcua.common;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Text a request may carry: no NUL byte (PostgreSQL refuses it in text) and well-formed Unicode (no lone
 * surrogate, which the database would store as "?"). Checked on every argument of every operation, inputs
 * and their nested records and lists included, before any query runs.
 */
public final class InputText {

    private InputText() {
    }

    /** Throws BAD_USER_INPUT when any string inside the value is not acceptable text. */
    public static void requireClean(Object value) {
        String problem = problem(value);
        if (problem != null) {
            throw new BadInputException(problem);
        }
    }

    /** Whether the text has no NUL and no lone surrogate. */
    public static boolean isClean(String text) {
        return problemOf(text) == null;
    }

    static String problem(Object value) {
        if (value instanceof String text) {
            return problemOf(text);
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                String problem = problem(item);
                if (problem != null) {
                    return problem;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            return problem(map.values());
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    String problem = problem(component.getAccessor().invoke(record));
                    if (problem != null) {
                        return problem;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "Text must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Text must be valid Unicode (a lone surrogate at position " + i + ")";
            }
        }
        return null;
    }
}
