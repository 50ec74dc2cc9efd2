package vn.motcua.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The queue's transition table (DOMAIN.md "Counters and queue"), without starting anything. */
class TicketActionRulesTest {

    @Test
    void theVisitRunsWaitingCalledServingDone() {
        assertEquals(TicketStatus.WAITING, TicketAction.TAKE.target);
        assertTrue(TicketAction.CALL.allowedFrom(TicketStatus.WAITING));
        assertTrue(TicketAction.SERVE.allowedFrom(TicketStatus.CALLED));
        assertTrue(TicketAction.FINISH.allowedFrom(TicketStatus.SERVING));
        assertFalse(TicketAction.FINISH.allowedFrom(TicketStatus.CALLED), "serve before finishing");
    }

    @Test
    void endedTicketsGoNowhere() {
        for (TicketStatus ended : EnumSet.of(TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED)) {
            for (TicketAction action : TicketAction.values()) {
                assertFalse(action.allowedFrom(ended), action + " from " + ended);
            }
        }
    }

    @Test
    void aTransferredTicketWaitsAgainAndOnlyWaitingOnesAreCancelled() {
        assertTrue(TicketStatus.TRANSFERRED.isWaiting());
        assertTrue(TicketAction.CALL.allowedFrom(TicketStatus.TRANSFERRED));
        assertEquals(TicketStatus.IN_LINE, TicketAction.CANCEL.from());
        assertEquals("'WAITING', 'TRANSFERRED'", TicketStatus.sqlList(TicketStatus.IN_LINE));
    }
}
