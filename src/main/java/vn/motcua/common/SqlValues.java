package vn.motcua.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query columns, whatever type the driver hands back for them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an instant in UTC; null stays null. */
    public static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A date column. */
    public static java.time.LocalDate date(Object value) {
        if (value == null || value instanceof java.time.LocalDate) {
            return (java.time.LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
