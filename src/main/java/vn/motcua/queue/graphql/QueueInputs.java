package vn.motcua.queue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.service.QueueCommands;

/** The inputs of the queue mutations, each mapped to its domain command. */
public final class QueueInputs {

    private QueueInputs() {
    }

    @Input("TakeTicketInput")
    @Description("Give either a service group or a procedure (its agency picks the group)")
    public record TakeTicketInput(@NonNull String centerCode, String groupCode, String procedureCode,
            TicketPriority priority, @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        QueueCommands.TakeTicket toCommand() {
            return new QueueCommands.TakeTicket(centerCode, groupCode, procedureCode, priority, idempotencyKey);
        }
    }

    @Input("CounterInput")
    @Description("The officer's own counter, as the token names it")
    public record CounterInput(@NonNull String counterCode,
            @Description("Defaults to the officer's center") String centerCode) {

        QueueCommands.AtCounter toCommand() {
            return new QueueCommands.AtCounter(counterCode, centerCode);
        }
    }

    @Input("TicketActionInput")
    public record TicketActionInput(@NonNull String counterCode, @NonNull String ticketNumber, String centerCode) {

        QueueCommands.TicketAtCounter toCommand() {
            return new QueueCommands.TicketAtCounter(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber);
        }
    }

    @Input("TransferTicketInput")
    @Description("Move a ticket to another group's queue or to one counter; it keeps its place in time")
    public record TransferTicketInput(@NonNull String counterCode, @NonNull String ticketNumber, String toGroupCode,
            String toCounterCode, String centerCode) {

        QueueCommands.TransferTicket toCommand() {
            return new QueueCommands.TransferTicket(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber,
                    toGroupCode, toCounterCode);
        }
    }

    @Input("FinishTicketInput")
    public record FinishTicketInput(@NonNull String counterCode, @NonNull String ticketNumber,
            @Description("The dossier this visit opened, if any") String dossierCode, String centerCode) {

        QueueCommands.FinishTicket toCommand() {
            return new QueueCommands.FinishTicket(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber,
                    dossierCode);
        }
    }

    @Input("CancelTicketInput")
    public record CancelTicketInput(@NonNull String centerCode, @NonNull String ticketNumber) {

        QueueCommands.CancelTicket toCommand() {
            return new QueueCommands.CancelTicket(centerCode, ticketNumber);
        }
    }

    @Input("CounterProfileInput")
    public record CounterProfileInput(@NonNull String centerCode, @NonNull String counterCode,
            @NonNull @Description("Group codes, most preferred first") List<@NonNull String> groupCodes) {

        QueueCommands.SetProfile toCommand() {
            return new QueueCommands.SetProfile(centerCode, counterCode, groupCodes);
        }
    }

    @Input("CreateServiceGroupInput")
    public record CreateServiceGroupInput(@NonNull String centerCode, @NonNull String code, @NonNull String name,
            @NonNull @Description("Agencies whose procedures this group takes tickets for") List<@NonNull String> agencyCodes) {

        QueueCommands.CreateGroup toCommand() {
            return new QueueCommands.CreateGroup(centerCode, code, name, agencyCodes);
        }
    }

    @Input("CreateCounterInput")
    public record CreateCounterInput(@NonNull String centerCode, @NonNull String code, @NonNull String name) {

        QueueCommands.CreateCounter toCommand() {
            return new QueueCommands.CreateCounter(centerCode, code, name);
        }
    }
}
