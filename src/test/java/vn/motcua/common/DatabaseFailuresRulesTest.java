package vn.motcua.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which database failures are an outage (SERVICE_UNAVAILABLE) and which a bad value, wherever they sit. */
class DatabaseFailuresRulesTest {

    @Test
    void aCommitCutOffByTheServerGoingAwayIsAnOutage() {
        // as Narayana reports it: the server's error is only a suppressed exception of the rollback
        // (DatabaseOutageIT met it as one INTERNAL_ERROR when PostgreSQL stopped during a commit)
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commitFailed);
        assertTrue(DatabaseFailures.isOutage(new RuntimeException("Error invoking subclass method", rolledBack)));
    }

    @Test
    void refusedConnectionsAndShutdownsAreOutagesAndOtherFailuresAreNot() {
        assertTrue(DatabaseFailures.isOutage(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.isOutage(new java.net.ConnectException("refused")));
        assertFalse(DatabaseFailures.isOutage(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailures.isOutage(new IllegalStateException("a bug")));
    }

    @Test
    void aValueTheDatabaseRefusesIsABadValueAndACycleEnds() {
        assertTrue(DatabaseFailures.isBadValue(new RuntimeException(new SQLException("value too long", "22001"))));
        RuntimeException looped = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", looped);
        looped.addSuppressed(other);
        assertFalse(DatabaseFailures.isBadValue(looped));
    }
}
