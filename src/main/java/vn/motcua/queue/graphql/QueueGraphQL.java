package vn.motcua.queue.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.queue.Counter;
import vn.motcua.queue.DisplayBoard;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServiceTimeStatistics;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketPlace;
import vn.motcua.queue.graphql.QueuePayloads.CounterPayload;
import vn.motcua.queue.graphql.QueuePayloads.PriorityCategoriesPayload;
import vn.motcua.queue.graphql.QueuePayloads.ServiceGroupPayload;
import vn.motcua.queue.graphql.QueuePayloads.TicketPayload;
import vn.motcua.queue.service.QueueLive;
import vn.motcua.queue.service.QueueQueries;
import vn.motcua.queue.service.QueueService;
import vn.motcua.security.Roles;

/** Counters, officers and the ticket queue. */
@GraphQLApi
@CodedErrors
public class QueueGraphQL {

    @Inject
    QueueService queue;
    @Inject
    QueueQueries queries;
    @Inject
    QueueLive live;

    @Mutation
    @PermitAll
    @Description("Takes a ticket at a kiosk (anyone) or from the app (a signed-in citizen)")
    public @NonNull TicketPayload takeTicket(@NonNull @Valid QueueInputs.TakeTicketInput input) {
        return Mutations.run(() -> TicketPayload.of(queue.takeTicket(input.toCommand())), TicketPayload::refused);
    }

    @Mutation
    @PermitAll
    @Description("Cancels a waiting ticket: its holder (signed-in citizen) or a counter officer")
    public @NonNull TicketPayload cancelTicket(@NonNull @Valid QueueInputs.CancelTicketInput input) {
        return ticket(() -> queue.cancel(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Signs the officer in to their counter (the token's counter_code) and opens it")
    public @NonNull CounterPayload openCounter(@NonNull @Valid QueueInputs.CounterInput input) {
        return counter(() -> queue.openCounter(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull CounterPayload breakCounter(@NonNull @Valid QueueInputs.CounterInput input) {
        return counter(() -> queue.breakCounter(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull CounterPayload closeCounter(@NonNull @Valid QueueInputs.CounterInput input) {
        return counter(() -> queue.closeCounter(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Adds a service group (queue) to a center")
    public @NonNull ServiceGroupPayload createServiceGroup(@NonNull @Valid QueueInputs.CreateServiceGroupInput input) {
        return Mutations.run(() -> new ServiceGroupPayload(queue.createGroup(input.toCommand()), List.of()),
                errors -> new ServiceGroupPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Adds a counter to a center; it starts CLOSED with no profile")
    public @NonNull CounterPayload createCounter(@NonNull @Valid QueueInputs.CreateCounterInput input) {
        return counter(() -> queue.createCounter(input.toCommand()));
    }

    @Query
    @PermitAll
    @Description("The priority categories the center offers and who grants each, for the kiosk and the app")
    public @NonNull List<@NonNull PriorityCategory> priorityCategories(@NonNull @Size(max = Bounds.CODE) String centerCode) {
        return queue.priorityCategories(centerCode);
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Sets which priority categories the center offers, and whether the kiosk grants each on the"
            + " visitor's word or an officer confirms it (confirmTicketPriority)")
    @Name("setPriorityCategories") // SmallRye would otherwise drop the "set" prefix
    public @NonNull PriorityCategoriesPayload setPriorityCategories(
            @NonNull @Valid QueueInputs.SetPriorityCategoriesInput input) {
        return Mutations.run(() -> new PriorityCategoriesPayload(queue.setPriorityCategories(input.centerCode(),
                input.toCategories()), List.of()), errors -> new PriorityCategoriesPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Confirms, having seen the papers, the priority a waiting ticket asked for: it is served first from"
            + " now on, keeping its place in time")
    public @NonNull TicketPayload confirmTicketPriority(@NonNull @Valid QueueInputs.TicketActionInput input) {
        return ticket(() -> queue.confirmPriority(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Sets the groups a counter serves, most preferred first")
    @Name("setCounterProfile") // SmallRye would otherwise drop the "set" prefix
    public @NonNull CounterPayload setCounterProfile(@NonNull @Valid QueueInputs.CounterProfileInput input) {
        return counter(() -> queue.setProfile(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Calls the next ticket this counter may serve; never the same ticket to two counters")
    public @NonNull TicketPayload callNextTicket(@NonNull @Valid QueueInputs.CounterInput input) {
        return ticket(() -> queue.callNext(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload recallTicket(@NonNull @Valid QueueInputs.TicketActionInput input) {
        return ticket(() -> queue.recall(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload startServing(@NonNull @Valid QueueInputs.TicketActionInput input) {
        return ticket(() -> queue.startServing(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload parkTicket(@NonNull @Valid QueueInputs.TicketActionInput input) {
        return ticket(() -> queue.park(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload markNoShow(@NonNull @Valid QueueInputs.TicketActionInput input) {
        return ticket(() -> queue.markNoShow(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload transferTicket(@NonNull @Valid QueueInputs.TransferTicketInput input) {
        return ticket(() -> queue.transfer(input.toCommand()));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Ends the visit, optionally linking the dossier it opened")
    public @NonNull TicketPayload finishTicket(@NonNull @Valid QueueInputs.FinishTicketInput input) {
        return ticket(() -> queue.finish(input.toCommand()));
    }

    @Query
    @PermitAll
    @Description("The display board: recent calls with their counters, and how many wait in each group")
    public @NonNull DisplayBoard displayBoard(@NonNull @Size(max = Bounds.CODE) String centerCode) {
        return queries.board(centerCode);
    }

    @Query
    @PermitAll
    @Description("A ticket of today by its number: state and place in line (no personal data)")
    public @NonNull TicketPlace ticket(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String number) {
        return queries.place(centerCode, number);
    }

    @Query
    @RolesAllowed(Roles.CITIZEN)
    @Description("The signed-in citizen's tickets of today")
    public @NonNull List<@NonNull TicketPlace> myTickets() {
        return queries.myTickets();
    }

    @Query
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.COUNTER_OFFICER })
    @Description("Counters of the caller's own center with who is signed in")
    public @NonNull List<@NonNull Counter> counters(@NonNull @Size(max = Bounds.CODE) String centerCode) {
        return queries.counters(centerCode);
    }

    @Query
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Waiting and service times of a day, per group and per group and counter")
    public @NonNull List<@NonNull ServiceTimeStatistics> serviceTimeStatistics(
            @NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull LocalDate day) {
        return queries.serviceTimes(centerCode, day);
    }

    @Subscription
    @PermitAll
    @Description("The display board, sent again whenever a ticket of the center changes (on any instance)")
    public Multi<DisplayBoard> displayBoardUpdated(@NonNull @Size(max = Bounds.CODE) String centerCode) {
        return live.board(centerCode);
    }

    @Subscription
    @PermitAll
    @Description("One ticket's state and place in line, sent whenever it changes")
    public Multi<TicketPlace> ticketUpdated(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.TICKET_NUMBER) String number) {
        return live.ticket(centerCode, number);
    }

    private static TicketPayload ticket(Supplier<Ticket> write) {
        return Mutations.run(() -> TicketPayload.of(write.get()), TicketPayload::refused);
    }

    private static CounterPayload counter(Supplier<Counter> write) {
        return Mutations.run(() -> new CounterPayload(write.get(), List.of()), errors -> new CounterPayload(null, errors));
    }
}
