package vn.motcua.queue.service;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.queue.TicketPriority;

/**
 * What kiosks, citizens, counter officers and managers ask of the queue. A center or counter named here
 * only narrows what the caller's token reaches.
 */
public final class QueueCommands {

    private QueueCommands() {
    }

    /** Either a group or a procedure (whose agency picks the group). */
    public record TakeTicket(String centerCode, String groupCode, String procedureCode, TicketPriority priority,
            String idempotencyKey) {
    }

    /** A slot of a group, or of the group serving a procedure, booked by the signed-in citizen. */
    public record BookVisit(String centerCode, String groupCode, String procedureCode, OffsetDateTime startsAt,
            String idempotencyKey) {
    }

    /** The slot length a group's bookings take; null: the group takes none. */
    public record SetVisitSlots(String centerCode, String groupCode, Integer slotMinutes) {
    }

    /** The counter an officer acts at; the center defaults to the token's. */
    public record AtCounter(String counterCode, String centerCode) {
    }

    public record TicketAtCounter(AtCounter counter, String ticketNumber) {
    }

    public record TransferTicket(AtCounter counter, String ticketNumber, String toGroupCode, String toCounterCode) {
    }

    public record FinishTicket(AtCounter counter, String ticketNumber, String dossierCode) {
    }

    public record CancelTicket(String centerCode, String ticketNumber) {
    }

    public record SetProfile(String centerCode, String counterCode, List<String> groupCodes) {
    }

    public record CreateGroup(String centerCode, String code, String name, List<String> agencyCodes) {
    }

    public record CreateCounter(String centerCode, String code, String name) {
    }
}
