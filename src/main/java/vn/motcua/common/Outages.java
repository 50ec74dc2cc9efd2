package vn.motcua.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure to reach the database apart from a bug: the first is SERVICE_UNAVAILABLE, not INTERNAL_ERROR. */
public final class Outages {

    private Outages() {
    }

    /**
     * Whether the failure, or anything it wraps, says the database could not be reached: no connection
     * from the pool in time, a refused or broken connection (SQLSTATE class 08), or a server shutting down
     * or starting (57P01 to 57P03).
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
