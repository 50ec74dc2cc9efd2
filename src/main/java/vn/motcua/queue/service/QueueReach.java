package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.Set;
import vn.motcua.center.Center;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Ticket;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;
import vn.motcua.security.Reach;

/**
 * Which centers, counters and tickets of the queue a caller reaches for an operation, from the token
 * ({@link vn.motcua.security.AccessTable}). A center or counter named in the input only narrows it;
 * one outside the reach answers like one that does not exist.
 */
@ApplicationScoped
public class QueueReach {

    @Inject
    Caller caller;
    @Inject
    CallerScope scope;
    @Inject
    CenterClock clock;

    /** Any center, for what is public (taking a ticket). */
    public Center publicCenter(String code) {
        return Optional.ofNullable(code).flatMap(Center::findByCode).orElseThrow(() -> new UserErrorException(
                "input.centerCode", ErrorCode.NOT_FOUND, code == null ? "Name the center" : "No center " + code));
    }

    /** A center the caller manages for this operation; empty when the code is unknown or out of reach. */
    public Optional<Center> center(Operation operation, String code) {
        return Optional.ofNullable(code).flatMap(Center::findByCode).filter(c -> scope.reaches(operation, c.id));
    }

    /** {@link #center} for a mutation: out of reach is a NOT_FOUND user error. */
    public Center managedCenter(Operation operation, String code) {
        return center(operation, code).orElseThrow(() -> new UserErrorException("input.centerCode",
                ErrorCode.NOT_FOUND, "No center " + code));
    }

    /**
     * The counter a counter officer works at: the token's counter at the token's center. The input may
     * name them again (or leave them out), never another.
     */
    public Counter desk(Operation operation, QueueCommands.AtCounter at) {
        return desk(operation, at, LockModeType.NONE);
    }

    /** {@link #desk}, its row locked (and read) in the same statement when a lock is asked for. */
    public Counter desk(Operation operation, QueueCommands.AtCounter at, LockModeType lock) {
        Optional<Counter> counter = Optional.empty();
        if (caller.reach(operation).contains(Reach.COUNTER)) {
            Optional<String> ownCounter = scope.counterCode().filter(code -> code.equals(at.counterCode()));
            counter = caller.centerCode().filter(code -> at.centerCode() == null || code.equals(at.centerCode()))
                    .flatMap(center -> ownCounter.flatMap(code -> Counter.find(center, code, lock)));
        }
        return counter.orElseThrow(() -> new UserErrorException("input.counterCode", ErrorCode.NOT_FOUND,
                "No counter " + at.counterCode() + (at.centerCode() == null ? "" : " at " + at.centerCode())));
    }

    /** A ticket of today the caller may cancel: their own, or any at a center they work at. */
    public Optional<Ticket> cancellable(String centerCode, String number) {
        Set<Reach> reach = caller.reach(Operation.CANCEL_TICKET);
        return Optional.ofNullable(centerCode).flatMap(Center::findByCode)
                .flatMap(center -> Ticket.findOfDay(center.id, clock.today(), number))
                .filter(t -> reach.contains(Reach.APPLICANT) && scope.isApplicant(t.citizenId, false)
                        || reach.contains(Reach.CENTER) && scope.reachesCenter(t.centerId));
    }
}
