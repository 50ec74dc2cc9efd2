package vn.motcua.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells the database's refusals apart from bugs: an outage is SERVICE_UNAVAILABLE and a value the database
 * cannot take is BAD_USER_INPUT; only the rest is INTERNAL_ERROR.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure, or anything it wraps or suppressed ({@link Failures#anyPart}), says the database
     * could not be reached: no connection from the pool in time, a refused or broken connection (SQLSTATE
     * class 08), or a server shutting down or starting (57P01 to 57P03).
     */
    public static boolean isOutage(Throwable failure) {
        return Failures.anyPart(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof java.net.ConnectException || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    /**
     * Whether the database refused a value itself (SQLSTATE class 22, data exception: too long for its
     * column, out of range, malformed). A safety net behind the bounds the inputs declare.
     */
    public static boolean isBadValue(Throwable failure) {
        return Failures.anyPart(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22"));
    }
}
