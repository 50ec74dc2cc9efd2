package vn.motcua.queue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.UserError;
import vn.motcua.queue.Counter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.TakenTicket;
import vn.motcua.queue.Ticket;

/** The payloads of the queue mutations. */
public final class QueuePayloads {

    private QueuePayloads() {
    }

    @Type("ServiceGroupPayload")
    public record ServiceGroupPayload(ServiceGroup group, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("TicketPayload")
    public record TicketPayload(Ticket ticket, Integer peopleAhead,
            @Description("Minutes, from recent service times") Integer estimatedWaitMinutes,
            @NonNull List<@NonNull UserError> userErrors) {

        static TicketPayload of(Ticket ticket) {
            return new TicketPayload(ticket, null, null, List.of());
        }

        static TicketPayload of(TakenTicket taken) {
            return new TicketPayload(taken.ticket(), taken.peopleAhead(), taken.estimatedWaitMinutes(), List.of());
        }

        static TicketPayload refused(List<UserError> errors) {
            return new TicketPayload(null, null, null, errors);
        }
    }

    @Type("CounterPayload")
    public record CounterPayload(Counter counter, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("PriorityCategoriesPayload")
    public record PriorityCategoriesPayload(@Description("The center's categories after the change")
            List<@NonNull PriorityCategory> categories, @NonNull List<@NonNull UserError> userErrors) {
    }
}
