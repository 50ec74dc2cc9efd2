package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.Center;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.RandomCodes;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.queue.BookedVisit;
import vn.motcua.queue.Booking;
import vn.motcua.queue.BookingState;
import vn.motcua.queue.BookingStatistics;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.TakenTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.VisitSlot;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/**
 * Booked visits (đặt lịch hẹn). A group that takes bookings has slots of its length over the office hours
 * of working days. A slot takes a share ({@code motcua.queue.bookable-share}) of what the counters serving
 * the group can serve in it, so that bookings, which go before walk-ins, never fill the counters' day. A
 * booking is checked in at the kiosk, from a little before its slot until it ends, and becomes a ticket;
 * one not checked in by then has expired ({@link Booking#stateAt}).
 */
@ApplicationScoped
public class Bookings {

    /** Ten symbols of 5 bits: 50 bits, so a booking cannot be checked in by guessing its code. */
    private static final int CODE_LENGTH = 10;

    @Inject
    EntityManager em;
    @Inject
    CallerScope scope;
    @Inject
    CenterClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    QueueConfig config;
    @Inject
    QueueReach reach;
    @Inject
    QueueService queue;
    @Inject
    IdempotencyKeys keys;

    /** The slots of a day for a group (or the group serving a procedure), with what each has left. */
    public List<VisitSlot> slots(String centerCode, String groupCode, String procedureCode, LocalDate day) {
        Center center = Center.require(centerCode);
        ServiceGroup group;
        try {
            group = queue.groupFor(center, groupCode, procedureCode);
        } catch (UserErrorException e) {
            throw new NotFoundException(e.getMessage());
        }
        if (group.slotMinutes == null) {
            return List.of();
        }
        int capacity = capacity(group);
        Map<OffsetDateTime, Long> taken = takenSlots(group, day);
        OffsetDateTime now = clock.now();
        return slotsOf(group, day).stream().filter(slot -> slot.start().isAfter(now))
                .map(slot -> new VisitSlot(slot.start(), slot.end(), capacity,
                        (int) Math.max(0, capacity - taken.getOrDefault(slot.start(), 0L))))
                .toList();
    }

    /**
     * Books a slot for the signed-in citizen. The group's row is locked while the slot's bookings are
     * counted, so two citizens never take its last place, and the citizen's own lock bounds their open
     * bookings even when two apps book at once.
     */
    @Transactional
    public BookedVisit book(QueueCommands.BookVisit command) {
        return keys.once(Operation.BOOK_VISIT, command.idempotencyKey(), command, () -> bookOnce(command),
                visit -> Booking.findByCode(visit.code()).orElseThrow().id,
                id -> view(Booking.<Booking>findById(id)));
    }

    private BookedVisit bookOnce(QueueCommands.BookVisit command) {
        String citizen = scope.citizenId().orElseThrow(() -> new UserErrorException("input", ErrorCode.FORBIDDEN,
                "Sign in as a citizen to book a visit"));
        Center center = reach.publicCenter(command.centerCode());
        ServiceGroup group = queue.groupFor(center, command.groupCode(), command.procedureCode());
        if (group.slotMinutes == null) {
            throw new UserErrorException("input.groupCode", ErrorCode.INVALID, "Group " + group.code + " at "
                    + center.code + " takes no bookings; take a ticket when you come");
        }
        OffsetDateTime now = clock.now();
        LocalDate day = clock.localDate(command.startsAt());
        Optional<Slot> slot = slotsOf(group, day).stream().filter(s -> s.start().isEqual(command.startsAt())).findFirst();
        if (slot.isEmpty() || !slot.get().start().isAfter(now)
                || day.isAfter(clock.today().plusDays(config.bookingDaysAhead()))) {
            throw new UserErrorException("input.startsAt", ErrorCode.INVALID, "No slot of group " + group.code
                    + " starts then; choose one of visitSlots, within " + config.bookingDaysAhead() + " days");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('booking:' || :citizen))")
                .setParameter("citizen", citizen).getSingleResult();
        long open = Booking.count("citizenId = ?1 and status = ?2 and slotEnd > ?3", citizen, BookingState.BOOKED, now);
        if (open >= config.openBookingsPerCitizen()) {
            throw new UserErrorException("input", ErrorCode.CONFLICT, "You hold " + open
                    + " bookings already; cancel one or wait until it has passed");
        }
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        long taken = Booking.count("groupId = ?1 and slotStart = ?2 and status <> ?3", group.id, slot.get().start(),
                BookingState.CANCELLED);
        if (taken >= capacity(group)) {
            throw new UserErrorException("input.startsAt", ErrorCode.CONFLICT, "That slot is full; choose another");
        }
        Booking b = new Booking();
        b.centerId = center.id;
        b.groupId = group.id;
        b.procedureId = command.procedureCode() == null ? null
                : Procedure.findPublished(command.procedureCode()).map(p -> p.id).orElse(null);
        b.citizenId = citizen;
        b.code = RandomCodes.of(CODE_LENGTH);
        b.slotStart = slot.get().start();
        b.slotEnd = slot.get().end();
        b.status = BookingState.BOOKED;
        b.bookedAt = now;
        b.persist();
        return view(b);
    }

    /** Cancels one of the citizen's own bookings that is still to come; another's answers as unknown. */
    @Transactional
    public BookedVisit cancel(String code) {
        Booking b = own(code);
        // re-read under the lock: em.lock alone keeps the state read before it, which another kiosk may have changed
        em.refresh(b, LockModeType.PESSIMISTIC_WRITE);
        if (b.stateAt(clock.now()) != BookingState.BOOKED) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_STATE, "This booking is "
                    + b.stateAt(clock.now()) + "; only a booking still to come can be cancelled");
        }
        b.status = BookingState.CANCELLED;
        return view(b);
    }

    /** The signed-in citizen's bookings, the latest slots first. */
    public List<BookedVisit> mine() {
        return scope.citizenId().map(citizen -> Booking.<Booking>list("citizenId = ?1 order by slotStart desc",
                citizen).stream().limit(50).map(this::view).toList()).orElse(List.of());
    }

    /**
     * Checks a booking in at the kiosk of its center, with the code the citizen types or the QR code holds:
     * the booking becomes a ticket of its group. Its row is locked, so one booking gives one ticket.
     */
    @Transactional
    public TakenTicket checkIn(String centerCode, String code) {
        Optional<Booking> found = Optional.ofNullable(code).map(c -> c.trim().toUpperCase(java.util.Locale.ROOT))
                .flatMap(Booking::findByCode)
                .filter(b -> Center.findByCode(centerCode).map(c -> c.id.equals(b.centerId)).orElse(false));
        Booking b = found.orElseThrow(() -> new UserErrorException("input.code", ErrorCode.NOT_FOUND,
                "No booking " + code + " at " + centerCode));
        // re-read under the lock: em.lock alone keeps the state read before it, which another kiosk may have changed
        em.refresh(b, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = clock.now();
        BookingState state = b.stateAt(now);
        if (state != BookingState.BOOKED) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_STATE, switch (state) {
                case CHECKED_IN -> "This booking is checked in already";
                case EXPIRED -> "This booking's slot has ended; take a ticket instead";
                default -> "This booking was cancelled";
            });
        }
        if (now.isBefore(b.slotStart.minus(config.checkInEarly()))) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_STATE, "Check in from "
                    + config.checkInEarly().toMinutes() + " minutes before your slot");
        }
        TakenTicket taken = queue.issueBooked(Center.findById(b.centerId), ServiceGroup.findById(b.groupId), b);
        b.status = BookingState.CHECKED_IN;
        b.checkedInAt = now;
        b.ticketId = taken.ticket().id;
        return taken;
    }

    /** A manager sets the slot length of a group of their center, or stops its bookings (null). */
    @Transactional
    public ServiceGroup setSlots(QueueCommands.SetVisitSlots command) {
        Center center = reach.managedCenter(Operation.SET_VISIT_SLOTS, command.centerCode());
        ServiceGroup group = queue.groupFor(center, command.groupCode(), null);
        group.slotMinutes = command.slotMinutes();
        return group;
    }

    /**
     * A center's bookings whose slots began in [from, to], and the mean wait to the call of the booked and the
     * walk-in tickets of those days.
     */
    public BookingStatistics statistics(String centerCode, LocalDate from, LocalDate to) {
        Center center = reach.center(Operation.BOOKING_STATISTICS, centerCode)
                .orElseThrow(() -> new NotFoundException("No center " + centerCode));
        Tuple bookings = (Tuple) em.createNativeQuery("""
                select count(*) filter (where status <> 'CANCELLED') as booked,
                       count(*) filter (where status = 'CHECKED_IN') as checked_in,
                       count(*) filter (where status = 'BOOKED' and slot_end <= :now) as expired,
                       count(*) filter (where status = 'CANCELLED') as cancelled
                from booking where center_id = :center and slot_start >= :from and slot_start < :to""", Tuple.class)
                .setParameter("center", center.id).setParameter("now", clock.now())
                .setParameter("from", clock.startOf(from)).setParameter("to", clock.startOf(to.plusDays(1)))
                .getSingleResult();
        Tuple waits = (Tuple) em.createNativeQuery("""
                select avg(extract(epoch from called_at - queued_at) / 60) filter (where booked_slot_start is not null)
                           as booked,
                       avg(extract(epoch from called_at - queued_at) / 60) filter (where booked_slot_start is null)
                           as walk_in
                from ticket where center_id = :center and day between :from and :to and called_at is not null""",
                Tuple.class).setParameter("center", center.id).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        int checkedIn = count(bookings, "checked_in");
        int expired = count(bookings, "expired");
        return new BookingStatistics(count(bookings, "booked"), checkedIn, expired, count(bookings, "cancelled"),
                checkedIn + expired == 0 ? null : (double) checkedIn / (checkedIn + expired),
                mean(waits, "booked"), mean(waits, "walk_in"));
    }

    private Booking own(String code) {
        return Optional.ofNullable(code).flatMap(Booking::findByCode)
                .filter(b -> scope.citizenId().filter(b.citizenId::equals).isPresent())
                .orElseThrow(() -> new UserErrorException("input.code", ErrorCode.NOT_FOUND, "No booking " + code));
    }

    private record Slot(OffsetDateTime start, OffsetDateTime end) {
    }

    /** The group's slots on a day: each office-hours period cut into slots of its length from its start. */
    private List<Slot> slotsOf(ServiceGroup group, LocalDate day) {
        Duration length = Duration.ofMinutes(group.slotMinutes);
        List<Slot> slots = new ArrayList<>();
        for (OfficeHours.Period period : calendar.officeHoursOn(day)) {
            for (LocalDateTime start = day.atTime(period.start()); !start.plus(length).isAfter(day.atTime(period.end()));
                    start = start.plus(length)) {
                slots.add(new Slot(instant(start), instant(start.plus(length))));
            }
        }
        return slots;
    }

    private OffsetDateTime instant(LocalDateTime local) {
        return local.atZone(clock.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * What a slot takes: the bookable share of the visits the counters serving the group can serve in it at
     * the usual service time; at least one while any counter serves the group.
     */
    private int capacity(ServiceGroup group) {
        long counters = ((Number) em.createNativeQuery("select count(*) from counter_profile where group_id = :group")
                .setParameter("group", group.id).getSingleResult()).longValue();
        if (counters == 0) {
            return 0;
        }
        double visits = counters * group.slotMinutes / config.defaultServiceMinutes();
        return Math.max(1, (int) Math.floor(visits * config.bookableShare()));
    }

    private Map<OffsetDateTime, Long> takenSlots(ServiceGroup group, LocalDate day) {
        List<Booking> booked = Booking.list("groupId = ?1 and slotStart >= ?2 and slotStart < ?3 and status <> ?4",
                group.id, clock.startOf(day), clock.startOf(day.plusDays(1)), BookingState.CANCELLED);
        return booked.stream().collect(Collectors.groupingBy(b -> b.slotStart.withOffsetSameInstant(ZoneOffset.UTC),
                Collectors.counting()));
    }

    private BookedVisit view(Booking b) {
        Center center = Center.findById(b.centerId);
        ServiceGroup group = ServiceGroup.findById(b.groupId);
        String procedure = b.procedureId == null ? null : Procedure.<Procedure>findById(b.procedureId).code;
        String ticket = b.ticketId == null ? null : Ticket.<Ticket>findById(b.ticketId).number;
        return new BookedVisit(b.code, center.code, group.code, procedure, b.slotStart, b.slotEnd,
                b.stateAt(clock.now()), ticket);
    }

    private static int count(Tuple row, String column) {
        return row.get(column, Number.class).intValue();
    }

    private static Double mean(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }
}
