package vn.motcua.queue.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.common.BadInputException;
import vn.motcua.common.Mutations;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.graphql.QueueTypes.CounterPayload;
import vn.motcua.queue.graphql.QueueTypes.TicketPayload;
import vn.motcua.queue.service.QueueLive;
import vn.motcua.queue.service.QueueQueries;
import vn.motcua.queue.service.QueueService;
import vn.motcua.security.Caller;
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
    Caller caller;
    @Inject
    QueueLive live;

    @Mutation
    @PermitAll
    @Description("Takes a ticket at a kiosk (anyone) or from the app (a signed-in citizen)")
    public @NonNull TicketPayload takeTicket(@NonNull QueueTypes.TakeTicket input) {
        return Mutations.run(() -> queue.takeTicket(input), errors -> new TicketPayload(null, null, null, errors));
    }

    @Mutation
    @PermitAll
    @Description("Cancels a waiting ticket: its holder (signed-in citizen) or a counter officer")
    public @NonNull TicketPayload cancelTicket(@NonNull QueueTypes.Cancel input) {
        return ticket(() -> queue.cancel(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Signs the officer in to a counter and opens it")
    public @NonNull CounterPayload openCounter(@NonNull QueueTypes.CounterRef input) {
        return counter(() -> queue.openCounter(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull CounterPayload breakCounter(@NonNull QueueTypes.CounterRef input) {
        return counter(() -> queue.breakCounter(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull CounterPayload closeCounter(@NonNull QueueTypes.CounterRef input) {
        return counter(() -> queue.closeCounter(input));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Adds a service group (queue) to a center")
    public @NonNull QueueTypes.GroupPayload createServiceGroup(@NonNull QueueTypes.NewGroup input) {
        return Mutations.run(() -> new QueueTypes.GroupPayload(queue.createGroup(input), List.of()),
                errors -> new QueueTypes.GroupPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Adds a counter to a center; it starts CLOSED with no profile")
    public @NonNull CounterPayload createCounter(@NonNull QueueTypes.NewCounter input) {
        return counter(() -> queue.createCounter(input));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Sets the groups a counter serves, most preferred first")
    @Name("setCounterProfile") // SmallRye would otherwise drop the "set" prefix
    public @NonNull CounterPayload setCounterProfile(@NonNull QueueTypes.Profile input) {
        return counter(() -> queue.setProfile(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Calls the next ticket this counter may serve; never the same ticket to two counters")
    public @NonNull TicketPayload callNextTicket(@NonNull QueueTypes.CounterRef input) {
        return ticket(() -> queue.callNext(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload recallTicket(@NonNull QueueTypes.TicketAction input) {
        return ticket(() -> queue.recall(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload startServing(@NonNull QueueTypes.TicketAction input) {
        return ticket(() -> queue.startServing(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload parkTicket(@NonNull QueueTypes.TicketAction input) {
        return ticket(() -> queue.park(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload markNoShow(@NonNull QueueTypes.TicketAction input) {
        return ticket(() -> queue.markNoShow(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    public @NonNull TicketPayload transferTicket(@NonNull QueueTypes.Transfer input) {
        return ticket(() -> queue.transfer(input));
    }

    @Mutation
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Description("Ends the visit, optionally linking the dossier it opened")
    public @NonNull TicketPayload finishTicket(@NonNull QueueTypes.Finish input) {
        return ticket(() -> queue.finish(input));
    }

    @Query
    @PermitAll
    @Description("The display board: recent calls with their counters, and how many wait in each group")
    public @NonNull QueueTypes.DisplayBoard displayBoard(@NonNull String centerCode) {
        return queries.board(centerCode);
    }

    @Query
    @PermitAll
    @Description("A ticket of today by its number: state and place in line (no personal data)")
    public @NonNull QueueTypes.TicketPlace ticket(@NonNull String centerCode, @NonNull String number) {
        return queries.place(centerCode, number);
    }

    @Query
    @RolesAllowed(Roles.CITIZEN)
    @Description("The signed-in citizen's tickets of today")
    public @NonNull List<QueueTypes.@NonNull TicketPlace> myTickets() {
        return queries.myTickets(caller.citizenId().orElseThrow(
                () -> new BadInputException("Your token carries no citizen identity number")));
    }

    @Query
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.COUNTER_OFFICER })
    @Description("Counters of a center with who is signed in")
    public @NonNull List<@NonNull Counter> counters(@NonNull String centerCode) {
        return queries.counters(centerCode);
    }

    @Query
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Waiting and service times of a day, per group and per group and counter")
    public @NonNull List<QueueTypes.@NonNull ServiceTimes> serviceTimeStatistics(@NonNull String centerCode,
            @NonNull LocalDate day) {
        return queries.serviceTimes(centerCode, day);
    }

    @Subscription
    @PermitAll
    @Description("The display board, sent again whenever a ticket of the center changes (on any instance)")
    public Multi<QueueTypes.DisplayBoard> displayBoardUpdated(@NonNull String centerCode) {
        return live.board(centerCode);
    }

    @Subscription
    @PermitAll
    @Description("One ticket's state and place in line, sent whenever it changes")
    public Multi<QueueTypes.TicketPlace> ticketUpdated(@NonNull String centerCode, @NonNull String number) {
        return live.ticket(centerCode, number);
    }

    private static TicketPayload ticket(Supplier<Ticket> write) {
        return Mutations.run(() -> TicketPayload.of(write.get()), errors -> new TicketPayload(null, null, null, errors));
    }

    private static CounterPayload counter(Supplier<Counter> write) {
        return Mutations.run(() -> new CounterPayload(write.get(), List.of()), errors -> new CounterPayload(null, errors));
    }
}
