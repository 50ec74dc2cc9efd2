package vn.motcua.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells the database's refusals apart from bugs: an outage is SERVICE_UNAVAILABLE and a value the database
 * cannot take is BAD_USER_INPUT; only the rest is INTERNAL_ERROR.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure, or anything it wraps, says the database could not be reached: no connection
     * from the pool in time, a refused or broken connection (SQLSTATE class 08), or a server shutting down
     * or starting (57P01 to 57P03).
     */
    public static boolean isOutage(Throwable failure) {
        return anyPart(failure, t -> t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    /**
     * Whether the database refused a value itself (SQLSTATE class 22, data exception: too long for its
     * column, out of range, malformed). A safety net behind the bounds the inputs declare.
     */
    public static boolean isBadValue(Throwable failure) {
        return anyPart(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22"));
    }

    /**
     * The failure, its causes and what they suppressed: a commit that fails when the server goes away is a
     * RollbackException whose database error is only a suppressed exception of it.
     */
    private static boolean anyPart(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }
}
