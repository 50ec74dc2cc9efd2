package vn.motcua.common;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs a transactional service call for a mutation and turns its refusals into the payload's
 * {@code userErrors}. A write that lost a race (optimistic lock, unique key) is a CONFLICT: the
 * transaction was rolled back, so nothing of it was applied.
 */
public final class Mutations {

    private Mutations() {
    }

    public static <P> P run(Supplier<P> write, Function<List<UserError>, P> refused) {
        try {
            return write.get();
        } catch (UserErrorException e) {
            return refused.apply(e.errors());
        } catch (RuntimeException e) {
            if (lostRace(e)) {
                return refused.apply(conflict());
            }
            throw e;
        }
    }

    /** The flush at commit threw it, possibly wrapped (or attached as suppressed) by the transaction manager. */
    private static boolean lostRace(Throwable e) {
        if (e == null) {
            return false;
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException
                || e instanceof ConstraintViolationException) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (lostRace(suppressed)) {
                return true;
            }
        }
        return e.getCause() != e && lostRace(e.getCause());
    }

    private static List<UserError> conflict() {
        return List.of(UserError.of(null, ErrorCode.CONFLICT,
                "Someone else changed this at the same time; reload and try again"));
    }
}
