package vn.motcua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle tables against DOMAIN.md, without starting anything. */
class DossierActionRulesTest {

    /** DOMAIN.md's state machine, copied here on purpose: the code must agree with the document. */
    static final Map<DossierStatus, Set<DossierStatus>> DOMAIN_TABLE = Map.of(
            DossierStatus.SUBMITTED, Set.of(DossierStatus.RECEIVED, DossierStatus.REFUSED, DossierStatus.WITHDRAWN),
            DossierStatus.RECEIVED, Set.of(DossierStatus.PROCESSING, DossierStatus.WITHDRAWN),
            DossierStatus.REFUSED, Set.of(),
            DossierStatus.PROCESSING, Set.of(DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                    DossierStatus.PAYMENT_DUE, DossierStatus.STOPPED, DossierStatus.RESULT_READY, DossierStatus.WITHDRAWN),
            DossierStatus.SUPPLEMENT_REQUESTED, Set.of(DossierStatus.PROCESSING, DossierStatus.WITHDRAWN),
            DossierStatus.PAYMENT_DUE, Set.of(DossierStatus.PROCESSING, DossierStatus.RESULT_READY, DossierStatus.WITHDRAWN),
            DossierStatus.WITHDRAWN, Set.of(),
            DossierStatus.STOPPED, Set.of(),
            DossierStatus.RESULT_READY, Set.of(DossierStatus.RETURNED),
            DossierStatus.RETURNED, Set.of());

    @Test
    void theStatusTableIsDomainMdsTable() {
        for (DossierStatus status : DossierStatus.values()) {
            assertEquals(DOMAIN_TABLE.get(status), status.next(), status.name());
        }
        assertEquals(10, DossierStatus.RETURNED.code);
    }

    @Test
    void everyEdgeAnActionAllowsIsInTheTable() {
        for (DossierAction action : DossierAction.values()) {
            for (DossierStatus from : DossierStatus.values()) {
                if (action.allowedFrom(from) && action.target != null) {
                    assertTrue(DOMAIN_TABLE.get(from).contains(action.target), action + " from " + from);
                }
            }
        }
    }

    @Test
    void theApplicantMayNotWithdrawOnceTheResultIsReady() {
        assertFalse(DossierAction.WITHDRAW.allowedFrom(DossierStatus.RESULT_READY));
        assertEquals(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.PROCESSING,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_DUE), DossierAction.WITHDRAW.from());
    }

    @Test
    void creatingActionsStartFromNothingAndAnApologyKeepsTheStatus() {
        for (DossierStatus status : DossierStatus.values()) {
            assertFalse(DossierAction.SUBMIT.allowedFrom(status));
            assertFalse(DossierAction.RECEIVE.allowedFrom(status));
        }
        assertTrue(DossierAction.ISSUE_APOLOGY.allowedFrom(DossierStatus.PROCESSING));
        assertFalse(DossierAction.ISSUE_APOLOGY.allowedFrom(DossierStatus.RESULT_READY));
    }

    @Test
    void lateAndOverdueAreTheBehindKinds() {
        assertEquals(EnumSet.of(Timeliness.LATE, Timeliness.OVERDUE), EnumSet.copyOf(Timeliness.BEHIND));
    }
}
