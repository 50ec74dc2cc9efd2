package vn.motcua.dossier;

import static vn.motcua.dossier.DossierStatus.PAYMENT_DUE;
import static vn.motcua.dossier.DossierStatus.PROCESSING;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an officer does to a dossier, and the status it leads to. Several actions lead to PROCESSING,
 * each from its own status (a transfer does not end a supplement request), so an action also names
 * where it may start; every edge it allows is one of {@link DossierStatus#next()}.
 */
public enum DossierAction {
    ACCEPT(DossierStatus.RECEIVED, EnumSet.of(SUBMITTED)),
    REFUSE(DossierStatus.REFUSED, EnumSet.of(SUBMITTED)),
    TRANSFER(PROCESSING, EnumSet.of(RECEIVED, PROCESSING)),
    REQUEST_SUPPLEMENT(SUPPLEMENT_REQUESTED, EnumSet.of(PROCESSING)),
    RECEIVE_SUPPLEMENT(PROCESSING, EnumSet.of(SUPPLEMENT_REQUESTED)),
    REQUEST_PAYMENT(PAYMENT_DUE, EnumSet.of(PROCESSING)),
    CONFIRM_PAYMENT(PROCESSING, EnumSet.of(PAYMENT_DUE)),
    RECORD_RESULT(DossierStatus.RESULT_READY, EnumSet.of(PROCESSING, PAYMENT_DUE)),
    RETURN_RESULT(DossierStatus.RETURNED, EnumSet.of(DossierStatus.RESULT_READY)),
    WITHDRAW(DossierStatus.WITHDRAWN, EnumSet.allOf(DossierStatus.class)),
    STOP(DossierStatus.STOPPED, EnumSet.of(PROCESSING));

    public final DossierStatus target;
    private final Set<DossierStatus> from;

    DossierAction(DossierStatus target, Set<DossierStatus> from) {
        this.target = target;
        this.from = from;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status) && status.canGoTo(target);
    }
}
