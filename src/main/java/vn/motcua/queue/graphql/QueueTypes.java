package vn.motcua.queue.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.UserError;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.TicketStatus;

/** Inputs and payloads of the queue API. */
public final class QueueTypes {

    private QueueTypes() {
    }

    @Input("TakeTicketInput")
    @Description("Give either a service group or a procedure (its agency picks the group)")
    public record TakeTicket(@NonNull String centerCode, String groupCode, String procedureCode, TicketPriority priority) {
    }

    @Input("CounterInput")
    public record CounterRef(@NonNull String counterCode,
            @Description("Defaults to the officer's center") String centerCode) {
    }

    @Input("TicketActionInput")
    public record TicketAction(@NonNull String counterCode, @NonNull String ticketNumber, String centerCode) {
    }

    @Input("TransferTicketInput")
    @Description("Move a ticket to another group's queue or to one counter; it keeps its place in time")
    public record Transfer(@NonNull String counterCode, @NonNull String ticketNumber, String toGroupCode,
            String toCounterCode, String centerCode) {
    }

    @Input("FinishTicketInput")
    public record Finish(@NonNull String counterCode, @NonNull String ticketNumber,
            @Description("The dossier this visit opened, if any") String dossierCode, String centerCode) {
    }

    @Input("CancelTicketInput")
    public record Cancel(@NonNull String centerCode, @NonNull String ticketNumber) {
    }

    @Input("CounterProfileInput")
    public record Profile(@NonNull String centerCode, @NonNull String counterCode,
            @NonNull @Description("Group codes, most preferred first") List<@NonNull String> groupCodes) {
    }

    @Input("CreateServiceGroupInput")
    public record NewGroup(@NonNull String centerCode, @NonNull String code, @NonNull String name,
            @NonNull @Description("Agencies whose procedures this group takes tickets for") List<@NonNull String> agencyCodes) {
    }

    @Input("CreateCounterInput")
    public record NewCounter(@NonNull String centerCode, @NonNull String code, @NonNull String name) {
    }

    @Type("ServiceGroupPayload")
    public record GroupPayload(vn.motcua.queue.ServiceGroup group, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("TicketPayload")
    public record TicketPayload(Ticket ticket, Integer peopleAhead,
            @Description("Minutes, from recent service times") Integer estimatedWaitMinutes,
            @NonNull List<@NonNull UserError> userErrors) {

        public static TicketPayload of(Ticket ticket) {
            return new TicketPayload(ticket, null, null, List.of());
        }
    }

    @Type("CounterPayload")
    public record CounterPayload(Counter counter, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("TicketPlace")
    @Description("A ticket's public state and place in line")
    public record TicketPlace(@NonNull String number, @NonNull LocalDate day, @NonNull TicketStatus status,
            @NonNull String groupCode, String counterCode, @NonNull Integer peopleAhead,
            Integer estimatedWaitMinutes) {
    }

    @Type("BoardCall")
    public record BoardCall(@NonNull String ticketNumber, @NonNull String counterCode, @NonNull OffsetDateTime calledAt,
            @NonNull TicketStatus status) {
    }

    @Type("GroupWaiting")
    public record GroupWaiting(@NonNull String groupCode, @NonNull String groupName, @NonNull Integer waiting) {
    }

    @Type("DisplayBoard")
    public record DisplayBoard(@NonNull String centerCode, @NonNull List<@NonNull BoardCall> recentCalls,
            @NonNull List<@NonNull GroupWaiting> waiting) {
    }

    @Type("ServiceTimeStatistics")
    public record ServiceTimes(@NonNull String groupCode, String counterCode, @NonNull Integer served,
            Double averageWaitMinutes, Double averageServiceMinutes) {
    }
}
