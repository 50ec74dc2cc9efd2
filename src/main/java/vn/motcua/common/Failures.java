package vn.motcua.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Reading a failure for what caused it, however the frameworks wrapped it. */
public final class Failures {

    private Failures() {
    }

    /**
     * Whether the failure, one of its causes or something they suppressed passes {@code test}: a commit
     * that fails when the server goes away, for one, is a RollbackException whose database error is only a
     * suppressed exception of it. Cycles end.
     */
    public static boolean anyPart(Throwable failure, Predicate<Throwable> test) {
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
