package vn.motcua.dossier;

import static vn.motcua.dossier.DossierStatus.PAYMENT_DUE;
import static vn.motcua.dossier.DossierStatus.PROCESSING;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/**
 * Everything done to a dossier, as its processing log names it, with the status it leads to and the
 * statuses it may start from. SUBMIT and RECEIVE create a dossier (they start from nothing); an
 * apology changes no status (no target). Every edge an action allows is one of
 * {@link DossierStatus#next()}.
 */
@Description("An action in a dossier's processing log")
public enum DossierAction {
    SUBMIT(SUBMITTED, EnumSet.noneOf(DossierStatus.class)),
    RECEIVE(RECEIVED, EnumSet.noneOf(DossierStatus.class)),
    ACCEPT(RECEIVED, EnumSet.of(SUBMITTED)),
    REFUSE(DossierStatus.REFUSED, EnumSet.of(SUBMITTED)),
    TRANSFER(PROCESSING, EnumSet.of(RECEIVED, PROCESSING)),
    REQUEST_SUPPLEMENT(SUPPLEMENT_REQUESTED, EnumSet.of(PROCESSING)),
    RECEIVE_SUPPLEMENT(PROCESSING, EnumSet.of(SUPPLEMENT_REQUESTED)),
    REQUEST_PAYMENT(PAYMENT_DUE, EnumSet.of(PROCESSING)),
    CONFIRM_PAYMENT(PROCESSING, EnumSet.of(PAYMENT_DUE)),
    RECORD_RESULT(DossierStatus.RESULT_READY, EnumSet.of(PROCESSING, PAYMENT_DUE)),
    RETURN_RESULT(DossierStatus.RETURNED, EnumSet.of(DossierStatus.RESULT_READY)),
    WITHDRAW(DossierStatus.WITHDRAWN, EnumSet.of(SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_DUE)),
    STOP(DossierStatus.STOPPED, EnumSet.of(PROCESSING)),
    /** The apology letter: a later promised date while processing; the status stays. */
    ISSUE_APOLOGY(null, EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_DUE));

    /** The status after the action; null when the status stays. */
    public final DossierStatus target;
    private final Set<DossierStatus> from;

    DossierAction(DossierStatus target, Set<DossierStatus> from) {
        this.target = target;
        this.from = from;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status) && (target == null || status.canGoTo(target));
    }

    /** The statuses this action may start from (empty for the actions that create a dossier). */
    public Set<DossierStatus> from() {
        return from.isEmpty() ? EnumSet.noneOf(DossierStatus.class) : EnumSet.copyOf(from);
    }

    /** Human words for messages: "request supplement". */
    public String words() {
        return name().toLowerCase().replace('_', ' ');
    }
}
