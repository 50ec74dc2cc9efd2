package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/** The national portal's dossier statuses, with the only transitions DOMAIN.md allows. */
@Description("Dossier status, with the national portal's code")
public enum DossierStatus {
    SUBMITTED(1), RECEIVED(2), REFUSED(3), PROCESSING(4), SUPPLEMENT_REQUESTED(5), PAYMENT_DUE(6), WITHDRAWN(7),
    STOPPED(8), RESULT_READY(9), RETURNED(10);

    public final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** Where a dossier may go from here (DOMAIN.md's table, row by row). */
    public Set<DossierStatus> next() {
        Set<DossierStatus> next = switch (this) {
            case SUBMITTED -> EnumSet.of(RECEIVED, REFUSED);
            case RECEIVED -> EnumSet.of(PROCESSING);
            case PROCESSING -> EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_DUE, STOPPED, RESULT_READY);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(PROCESSING);
            case PAYMENT_DUE -> EnumSet.of(PROCESSING, RESULT_READY);
            case RESULT_READY -> EnumSet.of(RETURNED);
            case REFUSED, WITHDRAWN, STOPPED, RETURNED -> EnumSet.noneOf(DossierStatus.class);
        };
        if (isWithdrawable()) {
            next.add(WITHDRAWN);
        }
        return next;
    }

    public boolean canGoTo(DossierStatus target) {
        return next().contains(target);
    }

    /** The applicant may withdraw from 1, 2, 4, 5 and 6; once the result is ready it is theirs to collect. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_REQUESTED
                || this == PAYMENT_DUE;
    }

    public boolean isOpen() {
        return this != REFUSED && this != WITHDRAWN && this != STOPPED && this != RETURNED;
    }

    /** Processing is over: the on-time clock stopped (result ready or returned). */
    public boolean isFinished() {
        return this == RESULT_READY || this == RETURNED;
    }

    /** Ended without a result: not judged on time or late. */
    public boolean isClosedWithoutResult() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED;
    }
}
