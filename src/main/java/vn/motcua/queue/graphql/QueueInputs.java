package vn.motcua.queue.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Bounds;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.PriorityGrant;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.service.QueueCommands;

/** The inputs of the queue mutations, each mapped to its domain command. */
public final class QueueInputs {

    private QueueInputs() {
    }

    @Input("TakeTicketInput")
    @Description("Give either a service group or a procedure (its agency picks the group)")
    public record TakeTicketInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @Size(max = Bounds.GROUP_CODE) String groupCode, @Size(max = Bounds.CODE) String procedureCode,
            TicketPriority priority,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        QueueCommands.TakeTicket toCommand() {
            return new QueueCommands.TakeTicket(centerCode, groupCode, procedureCode, priority, idempotencyKey);
        }
    }

    @Input("CounterInput")
    @Description("The officer's own counter, as the token names it")
    public record CounterInput(@NonNull @Size(max = Bounds.COUNTER_CODE) String counterCode,
            @Size(max = Bounds.CODE) @Description("Defaults to the officer's center") String centerCode) {

        QueueCommands.AtCounter toCommand() {
            return new QueueCommands.AtCounter(counterCode, centerCode);
        }
    }

    @Input("TicketActionInput")
    public record TicketActionInput(@NonNull @Size(max = Bounds.COUNTER_CODE) String counterCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String ticketNumber, @Size(max = Bounds.CODE) String centerCode) {

        QueueCommands.TicketAtCounter toCommand() {
            return new QueueCommands.TicketAtCounter(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber);
        }
    }

    @Input("TransferTicketInput")
    @Description("Move a ticket to another group's queue or to one counter; it keeps its place in time")
    public record TransferTicketInput(@NonNull @Size(max = Bounds.COUNTER_CODE) String counterCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String ticketNumber,
            @Size(max = Bounds.GROUP_CODE) String toGroupCode, @Size(max = Bounds.COUNTER_CODE) String toCounterCode,
            @Size(max = Bounds.CODE) String centerCode) {

        QueueCommands.TransferTicket toCommand() {
            return new QueueCommands.TransferTicket(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber,
                    toGroupCode, toCounterCode);
        }
    }

    @Input("FinishTicketInput")
    public record FinishTicketInput(@NonNull @Size(max = Bounds.COUNTER_CODE) String counterCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String ticketNumber,
            @Size(max = Bounds.DOSSIER_CODE) @Description("The dossier this visit opened, if any") String dossierCode,
            @Size(max = Bounds.CODE) String centerCode) {

        QueueCommands.FinishTicket toCommand() {
            return new QueueCommands.FinishTicket(new QueueCommands.AtCounter(counterCode, centerCode), ticketNumber,
                    dossierCode);
        }
    }

    @Input("CancelTicketInput")
    public record CancelTicketInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String ticketNumber) {

        QueueCommands.CancelTicket toCommand() {
            return new QueueCommands.CancelTicket(centerCode, ticketNumber);
        }
    }

    @Input("CounterProfileInput")
    public record CounterProfileInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.COUNTER_CODE) String counterCode,
            @NonNull @Size(max = Bounds.LIST_ITEMS) @Description("Group codes, most preferred first")
            List<@NonNull @Size(max = Bounds.GROUP_CODE) String> groupCodes) {

        QueueCommands.SetProfile toCommand() {
            return new QueueCommands.SetProfile(centerCode, counterCode, groupCodes);
        }
    }

    @Input("CreateServiceGroupInput")
    public record CreateServiceGroupInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.GROUP_CODE) String code, @NonNull @Size(max = Bounds.NAME) String name,
            @NonNull @Size(max = Bounds.LIST_ITEMS) @Description("Agencies whose procedures this group takes tickets for")
            List<@NonNull @Size(max = Bounds.CODE) String> agencyCodes) {

        QueueCommands.CreateGroup toCommand() {
            return new QueueCommands.CreateGroup(centerCode, code, name, agencyCodes);
        }
    }

    @Input("CreateCounterInput")
    public record CreateCounterInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.COUNTER_CODE) String code, @NonNull @Size(max = Bounds.NAME) String name) {

        QueueCommands.CreateCounter toCommand() {
            return new QueueCommands.CreateCounter(centerCode, code, name);
        }
    }

    @Input("PriorityCategoryInput")
    public record PriorityCategoryInput(@NonNull TicketPriority priority, @NonNull PriorityGrant grantedBy) {
    }

    @Input("SetPriorityCategoriesInput")
    public record SetPriorityCategoriesInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.LIST_ITEMS) @Description("Empty returns to the default: every category, at"
                    + " the kiosk") List<@NonNull @Valid PriorityCategoryInput> categories) {

        List<PriorityCategory> toCategories() {
            return categories.stream().map(c -> new PriorityCategory(c.priority(), c.grantedBy())).toList();
        }
    }
}
