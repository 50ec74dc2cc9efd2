package vn.motcua.queue.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.UserError;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.queue.BookedVisit;
import vn.motcua.queue.BookingStatistics;
import vn.motcua.queue.VisitSlot;
import vn.motcua.queue.graphql.QueuePayloads.ServiceGroupPayload;
import vn.motcua.queue.graphql.QueuePayloads.TicketPayload;
import vn.motcua.queue.service.Bookings;
import vn.motcua.queue.service.QueueCommands;
import vn.motcua.security.Roles;

/** Booked visits (đặt lịch hẹn): slots, bookings, check-in at the kiosk, and how they went. */
@GraphQLApi
@CodedErrors
public class BookingGraphQL {

    @Inject
    Bookings bookings;

    @Query
    @PermitAll
    @Description("The slots of a day a group (or the group serving a procedure) takes bookings for, from now on;"
            + " none when it takes no bookings")
    public @NonNull List<@NonNull VisitSlot> visitSlots(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @Size(max = Bounds.GROUP_CODE) String groupCode, @Size(max = Bounds.CODE) String procedureCode,
            @NonNull LocalDate day) {
        return bookings.slots(centerCode, groupCode, procedureCode, day);
    }

    @Query
    @RolesAllowed(Roles.CITIZEN)
    @Description("The signed-in citizen's booked visits, the latest first")
    public @NonNull List<@NonNull BookedVisit> myBookings() {
        return bookings.mine();
    }

    @Query
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Booked visits whose slots began in [from, to]: show rate, and the wait of booked and walk-in"
            + " visitors")
    public @NonNull BookingStatistics bookingStatistics(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull LocalDate from, @NonNull LocalDate to) {
        return bookings.statistics(centerCode, from, to);
    }

    @Mutation
    @RolesAllowed(Roles.CITIZEN)
    @Description("Books a slot for the signed-in citizen; a citizen holds a bounded number of open bookings")
    public @NonNull BookingPayload bookVisit(@NonNull @Valid BookVisitInput input) {
        return Mutations.run(() -> new BookingPayload(bookings.book(input.toCommand()), List.of()),
                errors -> new BookingPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CITIZEN)
    @Description("Cancels one of the signed-in citizen's bookings that is still to come")
    public @NonNull BookingPayload cancelBooking(@NonNull @Valid BookingCodeInput input) {
        return Mutations.run(() -> new BookingPayload(bookings.cancel(input.code()), List.of()),
                errors -> new BookingPayload(null, errors));
    }

    @Mutation
    @PermitAll
    @Description("Checks a booking in at the kiosk (typed or scanned from its QR code): it becomes a ticket that"
            + " goes before the walk-ins of its group once its slot has begun")
    public @NonNull TicketPayload checkInBooking(@NonNull @Valid CheckInInput input) {
        return Mutations.run(() -> TicketPayload.of(bookings.checkIn(input.centerCode(), input.code())),
                TicketPayload::refused);
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Sets the slot length of a group's bookings, or stops them (slotMinutes left out)")
    @Name("setVisitSlots") // SmallRye would otherwise drop the "set" prefix
    public @NonNull ServiceGroupPayload setVisitSlots(@NonNull @Valid SetVisitSlotsInput input) {
        return Mutations.run(() -> new ServiceGroupPayload(bookings.setSlots(input.toCommand()), List.of()),
                errors -> new ServiceGroupPayload(null, errors));
    }

    @Type("BookingPayload")
    public record BookingPayload(BookedVisit booking, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Input("BookVisitInput")
    @Description("Give either a service group or a procedure (its agency picks the group), and a slot's start")
    public record BookVisitInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @Size(max = Bounds.GROUP_CODE) String groupCode, @Size(max = Bounds.CODE) String procedureCode,
            @NonNull OffsetDateTime startsAt,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        QueueCommands.BookVisit toCommand() {
            return new QueueCommands.BookVisit(centerCode, groupCode, procedureCode, startsAt, idempotencyKey);
        }
    }

    @Input("BookingCodeInput")
    public record BookingCodeInput(@NonNull @Size(max = Bounds.RANDOM_CODE) String code) {
    }

    @Input("CheckInInput")
    public record CheckInInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.RANDOM_CODE) String code) {
    }

    @Input("SetVisitSlotsInput")
    public record SetVisitSlotsInput(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.GROUP_CODE) String groupCode,
            @Min(Bounds.SLOT_MINUTES_MIN) @Max(Bounds.SLOT_MINUTES) Integer slotMinutes) {

        QueueCommands.SetVisitSlots toCommand() {
            return new QueueCommands.SetVisitSlots(centerCode, groupCode, slotMinutes);
        }
    }
}
