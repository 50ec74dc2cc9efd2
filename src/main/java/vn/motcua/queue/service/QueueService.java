package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.Center;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.queue.Booking;
import vn.motcua.queue.CenterPriority;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterProfile;
import vn.motcua.queue.CounterStatus;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.PriorityGrant;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.ServiceGroupAgency;
import vn.motcua.queue.TakenTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketAction;
import vn.motcua.queue.TicketChannel;
import vn.motcua.queue.TicketEvent;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.TicketStatus;
import vn.motcua.security.Caller;
import vn.motcua.security.Operation;
import vn.motcua.security.Role;

/**
 * The ticket queue. Calling the next ticket locks the counter's own row (one call at a time per
 * counter) and takes the first waiting ticket with {@code FOR UPDATE SKIP LOCKED}: two counters never
 * get the same ticket, and neither waits for the other's lock. Every change is announced to every
 * instance's live views ({@link QueueNotifications}) when its transaction commits. Which center and counter
 * a caller acts at comes from the token ({@link QueueReach}).
 */
@ApplicationScoped
public class QueueService {

    /** More than the counters of the largest center (the reference center has 32). */
    private static final int CANDIDATES_PER_LINE = 64;

    /**
     * Waiting tickets in the order a counter calls them: sent to it, priority levels, its preference, booked
     * visits whose slot has begun before walk-ins, FIFO; except that a ticket waiting longer than
     * {@code motcua.queue.max-wait} goes before the preference, oldest first, so that no group of the counter's
     * profile starves behind a preferred one (nor behind the bookings, which a slot's capacity bounds).
     * Each line (tickets sent to the counter; each group of its profile, priority tickets and booked ones
     * apart) gives its first tickets by an index scan, so a call reads a few rows however long the queue, where
     * sorting the whole day's queue cost 10 ms a call at 10,000 tickets. A line gives more candidates than a
     * center has counters, so the ones other counters hold locked are skipped without running a line dry.
     */
    private static final String NEXT_FOR_COUNTER = """
            select t.* from ticket t join (
              (select w.id, case when w.priority = '%2$s' then 1 else 0 end as tier, cp.preference, w.queued_at,
                      w.booked_slot_start
                 from ticket w left join counter_profile cp on cp.group_id = w.group_id and cp.counter_id = :counter
                where w.target_counter_id = :counter and w.center_id = :center and w.day = :today
                  and w.status in (%1$s)
                order by w.queued_at, w.id limit %3$d)
              union all
              select line.id, line.tier, cp.preference, line.queued_at, line.booked_slot_start
                from counter_profile cp cross join lateral (
                (select w.id, 2 as tier, w.queued_at, w.booked_slot_start from ticket w
                  where w.center_id = :center and w.day = :today and w.group_id = cp.group_id
                    and w.target_counter_id is null and w.status in (%1$s) and w.priority <> '%2$s'
                  order by w.queued_at, w.id limit %3$d)
                union all
                (select w.id, 3 as tier, w.queued_at, w.booked_slot_start from ticket w
                  where w.center_id = :center and w.day = :today and w.group_id = cp.group_id
                    and w.target_counter_id is null and w.status in (%1$s) and w.priority = '%2$s'
                    and w.booked_slot_start is not null
                  order by w.queued_at, w.id limit %3$d)
                union all
                (select w.id, 3 as tier, w.queued_at, null::timestamptz from ticket w
                  where w.center_id = :center and w.day = :today and w.group_id = cp.group_id
                    and w.target_counter_id is null and w.status in (%1$s) and w.priority = '%2$s'
                    and w.booked_slot_start is null
                  order by w.queued_at, w.id limit %3$d)
              ) line
              where cp.counter_id = :counter
            ) candidate on candidate.id = t.id
            where t.status in (%1$s)
            order by candidate.tier,
                     case when candidate.queued_at < :starving then 0 else coalesce(candidate.preference, 1000) end,
                     case when candidate.booked_slot_start <= :now then 0 else 1 end,
                     candidate.queued_at, candidate.id
            limit 1
            for update of t skip locked""".formatted(TicketStatus.sqlList(TicketStatus.IN_LINE), TicketPriority.NORMAL,
            CANDIDATES_PER_LINE);
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    QueueReach reach;
    @Inject
    QueueQueries queries;
    @Inject
    CenterClock clock;
    @Inject
    IdempotencyKeys keys;
    @Inject
    QueueNotifications notifications;
    @Inject
    QueueConfig config;

    /** With an idempotency key (the app retrying), a repeat answers the same ticket and takes no other. */
    @Transactional
    public TakenTicket takeTicket(QueueCommands.TakeTicket command) {
        return keys.once(Operation.TAKE_TICKET, command.idempotencyKey(), command, () -> takeOnce(command),
                taken -> taken.ticket().id, this::placeOfTaken);
    }

    private TakenTicket placeOfTaken(long ticketId) {
        Ticket t = Ticket.findById(ticketId);
        int ahead = t.status.isWaiting() ? queries.peopleAhead(t) : 0;
        return new TakenTicket(t, ahead, queries.estimatedWaitMinutes(ServiceGroup.findById(t.groupId), ahead));
    }

    private TakenTicket takeOnce(QueueCommands.TakeTicket command) {
        Center center = reach.publicCenter(command.centerCode());
        ServiceGroup group = groupFor(center, command);
        Ticket t = numbered(center, group);
        TicketPriority asked = command.priority() == null ? TicketPriority.NORMAL : command.priority();
        Optional<PriorityGrant> grant = asked == TicketPriority.NORMAL ? Optional.of(PriorityGrant.KIOSK)
                : CenterPriority.grantOf(center.id, asked);
        if (grant.isEmpty()) {
            throw new UserErrorException("input.priority", ErrorCode.INVALID, "Center " + center.code
                    + " does not offer the priority " + asked);
        }
        // a category an officer grants waits as NORMAL until an officer has seen the papers
        t.priority = grant.get() == PriorityGrant.KIOSK ? asked : TicketPriority.NORMAL;
        t.requestedPriority = grant.get() == PriorityGrant.OFFICER ? asked : null;
        t.channel = caller.has(Role.CITIZEN) ? TicketChannel.APP : TicketChannel.KIOSK;
        t.citizenId = caller.citizenId().orElse(null);
        t.procedureId = command.procedureCode() == null ? null
                : Procedure.findPublished(command.procedureCode()).map(p -> p.id).orElse(null);
        return taken(t, group);
    }

    /**
     * The ticket of a booking checked in at the kiosk: the group's next number, which goes before the group's
     * walk-ins once the booking's slot has begun.
     */
    TakenTicket issueBooked(Center center, ServiceGroup group, Booking booking) {
        Ticket t = numbered(center, group);
        t.priority = TicketPriority.NORMAL;
        t.channel = TicketChannel.KIOSK;
        t.citizenId = booking.citizenId;
        t.procedureId = booking.procedureId;
        t.bookedSlotStart = booking.slotStart;
        return taken(t, group);
    }

    /** A new ticket of the group today, numbered from the group's daily sequence. */
    private Ticket numbered(Center center, ServiceGroup group) {
        LocalDate today = clock.today();
        Number seq = (Number) em.createNativeQuery("""
                insert into ticket_sequence (group_id, day, last_value) values (:group, :day, 1)
                on conflict (group_id, day) do update set last_value = ticket_sequence.last_value + 1
                returning last_value""").setParameter("group", group.id).setParameter("day", today).getSingleResult();
        Ticket t = new Ticket();
        t.centerId = center.id;
        t.groupId = group.id;
        t.day = today;
        t.seq = seq.intValue();
        t.number = "%s%03d".formatted(group.code, t.seq);
        return t;
    }

    private TakenTicket taken(Ticket t, ServiceGroup group) {
        t.status = TicketAction.TAKE.target;
        t.takenAt = clock.now();
        t.queuedAt = t.takenAt;
        t.persist();
        event(t, TicketAction.TAKE, null);
        int ahead = queries.peopleAhead(t);
        return new TakenTicket(t, ahead, queries.estimatedWaitMinutes(group, ahead));
    }

    @Transactional
    public Counter openCounter(QueueCommands.AtCounter command) {
        Counter counter = reach.desk(Operation.OPEN_COUNTER, command);
        if (counter.status != CounterStatus.CLOSED && !caller.name().equals(counter.officer)) {
            throw new UserErrorException("input.counterCode", ErrorCode.CONFLICT,
                    "Counter " + counter.code + " is taken by another officer");
        }
        Optional<Counter> elsewhere = Counter.<Counter>find("officer = ?1 and id <> ?2", caller.name(), counter.id)
                .firstResultOptional();
        if (elsewhere.isPresent()) {
            throw new UserErrorException("input.counterCode", ErrorCode.CONFLICT,
                    "You are signed in to counter " + elsewhere.get().code + "; close it first");
        }
        counter.status = CounterStatus.OPEN;
        counter.officer = caller.name();
        counter.openedAt = clock.now();
        return counter;
    }

    @Transactional
    public Counter breakCounter(QueueCommands.AtCounter command) {
        Counter counter = ownCounter(Operation.BREAK_COUNTER, command);
        counter.status = CounterStatus.BREAK;
        return counter;
    }

    /**
     * Closes the caller's counter. Nobody would call its tickets any more, so the ones it holds (called, being
     * served, set aside) and the ones sent to it wait again in their groups' lines, each at its place in time.
     */
    @Transactional
    public Counter closeCounter(QueueCommands.AtCounter command) {
        // read under its lock: a transfer to this counter waits for the close, then finds it closed (see transfer)
        Counter counter = ownCounter(Operation.CLOSE_COUNTER, command, LockModeType.PESSIMISTIC_WRITE);
        List<Ticket> stranded = Ticket.list("day = ?1 and (counterId = ?2 or targetCounterId = ?2) and status in ?3",
                clock.today(), counter.id, TicketAction.RETURN_TO_LINE.from());
        for (Ticket t : stranded) {
            t.counterId = null;
            t.targetCounterId = null;
            t.status = TicketAction.RETURN_TO_LINE.target;
            event(t, TicketAction.RETURN_TO_LINE, counter.id);
        }
        counter.status = CounterStatus.CLOSED;
        counter.officer = null;
        return counter;
    }

    @Transactional
    public ServiceGroup createGroup(QueueCommands.CreateGroup command) {
        Center center = reach.managedCenter(Operation.CREATE_SERVICE_GROUP, command.centerCode());
        Validation v = new Validation().notBlank(command.name(), "input.name")
                .require(command.code() != null && command.code().matches("[A-Z]{1,3}"), "input.code",
                        ErrorCode.INVALID, "A group code is 1 to 3 capital letters")
                .require(ServiceGroup.find(center.id, command.code()).isEmpty(), "input.code",
                        ErrorCode.ALREADY_EXISTS, "Group " + command.code() + " exists already");
        List<Optional<Agency>> agencies = command.agencyCodes().stream().map(Agency::findByCode).toList();
        for (int i = 0; i < agencies.size(); i++) {
            v.require(agencies.get(i).isPresent(), "input.agencyCodes[" + i + "]", ErrorCode.NOT_FOUND,
                    "No agency " + command.agencyCodes().get(i));
        }
        v.throwIfInvalid();
        ServiceGroup group = new ServiceGroup();
        group.centerId = center.id;
        group.code = command.code();
        group.name = command.name().trim();
        group.persist();
        agencies.stream().map(Optional::get).distinct()
                .forEach(agency -> ServiceGroupAgency.of(group.id, agency.id).persist());
        return group;
    }

    @Transactional
    public Counter createCounter(QueueCommands.CreateCounter command) {
        Center center = reach.managedCenter(Operation.CREATE_COUNTER, command.centerCode());
        new Validation().notBlank(command.code(), "input.code").notBlank(command.name(), "input.name")
                .require(command.code() == null || Counter.find(center.id, command.code()).isEmpty(), "input.code",
                        ErrorCode.ALREADY_EXISTS, "Counter " + command.code() + " exists already")
                .throwIfInvalid();
        Counter counter = new Counter();
        counter.centerId = center.id;
        counter.code = command.code().trim();
        counter.name = command.name().trim();
        counter.status = CounterStatus.CLOSED;
        counter.persist();
        return counter;
    }

    @Transactional
    public Counter setProfile(QueueCommands.SetProfile command) {
        Center center = reach.managedCenter(Operation.SET_COUNTER_PROFILE, command.centerCode());
        Counter counter = Counter.find(center.id, command.counterCode()).orElseThrow(() -> new UserErrorException(
                "input.counterCode", ErrorCode.NOT_FOUND, "No counter " + command.counterCode()));
        Validation v = new Validation().require(!command.groupCodes().isEmpty(), "input.groupCodes", ErrorCode.INVALID,
                "A counter serves at least one group");
        v.require(new HashSet<>(command.groupCodes()).size() == command.groupCodes().size(), "input.groupCodes",
                ErrorCode.INVALID, "A group is listed twice");
        List<Optional<ServiceGroup>> groups = command.groupCodes().stream()
                .map(code -> ServiceGroup.find(center.id, code)).toList();
        for (int i = 0; i < groups.size(); i++) {
            v.require(groups.get(i).isPresent(), "input.groupCodes[" + i + "]", ErrorCode.NOT_FOUND,
                    "No group " + command.groupCodes().get(i));
        }
        v.throwIfInvalid();
        CounterProfile.delete("counterId", counter.id);
        em.flush();
        for (int i = 0; i < groups.size(); i++) {
            CounterProfile.of(counter.id, groups.get(i).get().id, i + 1).persist();
        }
        return counter;
    }

    /**
     * The next ticket this counter may serve: tickets sent to this counter, then priority levels, then
     * the counter's preferred groups, then first come first served.
     */
    @Transactional
    public Ticket callNext(QueueCommands.AtCounter command) {
        // read under its lock: a second call from the same counter waits for this one, then sees what it did
        Counter counter = ownCounter(Operation.CALL_NEXT_TICKET, command, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(counter);
        // what the counter holds, read once: a ticket being served blocks the call; one called and never served
        // gave up its turn
        // two parameters, not a collection: Hibernate translates a query with a list parameter again on every call
        List<Ticket> held = Ticket.list("counterId = ?1 and (status = ?2 or status = ?3)", counter.id,
                TicketStatus.SERVING, TicketStatus.CALLED);
        if (held.stream().anyMatch(h -> h.status == TicketStatus.SERVING)) {
            throw new UserErrorException("input.counterCode", ErrorCode.INVALID_STATE,
                    "Finish or park the ticket being served before calling the next");
        }
        for (Ticket unanswered : held) {
            unanswered.status = TicketAction.NO_SHOW.target;
            event(unanswered, TicketAction.NO_SHOW, counter.id);
        }
        // the ticket row itself, locked, in the same statement that chooses it
        @SuppressWarnings("unchecked")
        List<Ticket> next = em.createNativeQuery(NEXT_FOR_COUNTER, Ticket.class).setParameter("counter", counter.id)
                .setParameter("center", counter.centerId).setParameter("today", clock.today())
                .setParameter("starving", clock.now().minus(config.maxWait())).setParameter("now", clock.now())
                .getResultList();
        if (next.isEmpty()) {
            throw new UserErrorException("input.counterCode", ErrorCode.QUEUE_EMPTY, "No one is waiting for this counter");
        }
        Ticket t = next.get(0);
        t.status = TicketAction.CALL.target;
        t.counterId = counter.id;
        t.targetCounterId = null;
        t.calledAt = clock.now();
        event(t, TicketAction.CALL, counter.id);
        return t;
    }

    /** The priority categories a center offers, and who grants each (all at the kiosk until it says). */
    public List<PriorityCategory> priorityCategories(String centerCode) {
        return CenterPriority.offeredAt(Center.require(centerCode).id);
    }

    /** Replaces the categories a center the caller manages offers; an empty list returns to the default. */
    @Transactional
    public List<PriorityCategory> setPriorityCategories(String centerCode, List<PriorityCategory> categories) {
        Center center = reach.managedCenter(Operation.SET_PRIORITY_CATEGORIES, centerCode);
        Validation v = new Validation();
        for (int i = 0; i < categories.size(); i++) {
            TicketPriority priority = categories.get(i).priority();
            v.require(priority != TicketPriority.NORMAL, "input.categories[" + i + "].priority", ErrorCode.INVALID,
                    "NORMAL is no priority");
            v.require(categories.stream().filter(c -> c.priority() == priority).count() == 1,
                    "input.categories[" + i + "].priority", ErrorCode.INVALID, priority + " is listed twice");
        }
        v.throwIfInvalid();
        CenterPriority.delete("centerId", center.id);
        em.flush();
        for (PriorityCategory category : categories) {
            CenterPriority row = new CenterPriority();
            row.centerId = center.id;
            row.priority = category.priority();
            row.grantedBy = category.grantedBy();
            row.setBy = caller.name();
            row.setAt = clock.now();
            row.persist();
        }
        em.flush();
        return CenterPriority.offeredAt(center.id);
    }

    /**
     * An officer at a counter of the center confirms the priority a waiting ticket asked for, having seen the
     * papers: from now on it is served first, with its place in time.
     */
    @Transactional
    public Ticket confirmPriority(QueueCommands.TicketAtCounter command) {
        Counter counter = ownCounter(Operation.CONFIRM_TICKET_PRIORITY, command.counter());
        Ticket t = Ticket.findOfDay(counter.centerId, clock.today(), command.ticketNumber()).orElseThrow(
                () -> new UserErrorException("input.ticketNumber", ErrorCode.NOT_FOUND, "No ticket "
                        + command.ticketNumber() + " today"));
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        if (t.requestedPriority == null || !t.status.isWaiting()) {
            throw new UserErrorException("input.ticketNumber", ErrorCode.INVALID_STATE, "Ticket " + t.number
                    + " has no priority waiting to be confirmed");
        }
        t.priority = t.requestedPriority;
        t.requestedPriority = null;
        event(t, TicketAction.CONFIRM_PRIORITY, counter.id);
        return t;
    }

    @Transactional
    public Ticket recall(QueueCommands.TicketAtCounter command) {
        return act(Operation.RECALL_TICKET, command, TicketAction.RECALL, t -> {
            t.recalls++;
            t.calledAt = clock.now();
        });
    }

    @Transactional
    public Ticket startServing(QueueCommands.TicketAtCounter command) {
        return act(Operation.START_SERVING, command, TicketAction.SERVE, t -> t.servingAt = clock.now());
    }

    @Transactional
    public Ticket park(QueueCommands.TicketAtCounter command) {
        return act(Operation.PARK_TICKET, command, TicketAction.PARK, t -> { });
    }

    @Transactional
    public Ticket markNoShow(QueueCommands.TicketAtCounter command) {
        return act(Operation.MARK_NO_SHOW, command, TicketAction.NO_SHOW, t -> { });
    }

    @Transactional
    public Ticket finish(QueueCommands.FinishTicket command) {
        Counter counter = ownCounter(Operation.FINISH_TICKET, command.counter());
        // the dossier this visit opened: one received at this counter's center
        Optional<Dossier> dossier = Optional.ofNullable(command.dossierCode()).flatMap(Dossier::findByCode)
                .filter(d -> d.centerId.equals(counter.centerId));
        if (command.dossierCode() != null && dossier.isEmpty()) {
            throw new UserErrorException("input.dossierCode", ErrorCode.NOT_FOUND, "No dossier " + command.dossierCode());
        }
        return act(counter, command.ticketNumber(), TicketAction.FINISH, t -> {
            t.finishedAt = clock.now();
            t.dossierId = dossier.map(d -> d.id).orElse(null);
        });
    }

    @Transactional
    public Ticket transfer(QueueCommands.TransferTicket command) {
        if ((command.toGroupCode() == null) == (command.toCounterCode() == null)) {
            throw new UserErrorException("input.toGroupCode", ErrorCode.INVALID, "Give a group or a counter, not both");
        }
        Counter here = ownCounter(Operation.TRANSFER_TICKET, command.counter());
        Optional<ServiceGroup> group = Optional.ofNullable(command.toGroupCode())
                .flatMap(c -> ServiceGroup.find(here.centerId, c));
        Optional<Counter> target = Optional.ofNullable(command.toCounterCode()).flatMap(c -> Counter.find(here.centerId, c));
        if (command.toGroupCode() != null && group.isEmpty() || command.toCounterCode() != null && target.isEmpty()) {
            throw new UserErrorException(command.toGroupCode() != null ? "input.toGroupCode" : "input.toCounterCode",
                    ErrorCode.NOT_FOUND, "No such group or counter");
        }
        // nobody would call it there; a counter on a break comes back. Read under a share lock, so that a
        // close at the same moment either sees this ticket and returns it to the line, or is seen here
        target.ifPresent(c -> em.refresh(c, LockModeType.PESSIMISTIC_READ));
        if (target.isPresent() && target.get().status == CounterStatus.CLOSED) {
            throw new UserErrorException("input.toCounterCode", ErrorCode.COUNTER_NOT_OPEN,
                    "Counter " + target.get().code + " is closed");
        }
        return act(here, command.ticketNumber(), TicketAction.TRANSFER, t -> {
            group.ifPresent(g -> t.groupId = g.id);
            t.targetCounterId = target.map(c -> c.id).orElse(null);
            t.counterId = null;
            // queuedAt is kept: the ticket waits with its original place in time
        });
    }

    /** The holder cancels their own ticket (signed in), or an officer or manager of the center any waiting one. */
    @Transactional
    public Ticket cancel(QueueCommands.CancelTicket command) {
        Ticket t = reach.cancellable(command.centerCode(), command.ticketNumber()).orElseThrow(() -> new UserErrorException(
                "input.ticketNumber", ErrorCode.NOT_FOUND, "No ticket " + command.ticketNumber() + " of yours today"));
        if (!TicketAction.CANCEL.allowedFrom(t.status)) {
            throw new UserErrorException("input.ticketNumber", ErrorCode.INVALID_STATE, "Ticket " + t.number + " is " + t.status);
        }
        t.status = TicketAction.CANCEL.target;
        event(t, TicketAction.CANCEL, null);
        return t;
    }

    private Ticket act(Operation operation, QueueCommands.TicketAtCounter command, TicketAction action,
            Consumer<Ticket> apply) {
        return act(ownCounter(operation, command.counter()), command.ticketNumber(), action, apply);
    }

    private Ticket act(Counter counter, String number, TicketAction action, Consumer<Ticket> apply) {
        requireOpen(counter);
        Ticket t = Ticket.findOfDay(counter.centerId, clock.today(), number).orElseThrow(() -> new UserErrorException(
                "input.ticketNumber", ErrorCode.NOT_FOUND, "No ticket " + number + " today"));
        if (!action.allowedFrom(t.status) || !counter.id.equals(t.counterId)) {
            throw new UserErrorException("input.ticketNumber", ErrorCode.INVALID_STATE, "Ticket " + t.number + " is "
                    + t.status + (counter.id.equals(t.counterId) ? "" : " and not at counter " + counter.code)
                    + "; " + action.words() + " needs " + action.from());
        }
        apply.accept(t);
        t.status = action.target;
        event(t, action, counter.id);
        return t;
    }

    private void event(Ticket t, TicketAction action, Long counterId) {
        TicketEvent e = new TicketEvent();
        e.ticketId = t.id;
        e.at = clock.now();
        e.action = action;
        e.status = t.status;
        e.counterId = counterId;
        e.actor = caller.name();
        e.persist();
        // delivered to every instance's listeners when (and only if) this transaction commits
        notifications.announce(em, t.centerId, t.id, action);
    }

    /** The token's counter, which the caller must be signed in to. */
    private Counter ownCounter(Operation operation, QueueCommands.AtCounter command) {
        return ownCounter(operation, command, LockModeType.NONE);
    }

    private Counter ownCounter(Operation operation, QueueCommands.AtCounter command, LockModeType lock) {
        Counter counter = reach.desk(operation, command, lock);
        if (!caller.name().equals(counter.officer)) {
            throw new UserErrorException("input.counterCode", ErrorCode.COUNTER_NOT_OPEN,
                    "You are not signed in to counter " + counter.code);
        }
        return counter;
    }

    private static void requireOpen(Counter counter) {
        if (counter.status != CounterStatus.OPEN) {
            throw new UserErrorException("input.counterCode", ErrorCode.COUNTER_NOT_OPEN, "Counter " + counter.code
                    + " is " + counter.status);
        }
    }

    private ServiceGroup groupFor(Center center, QueueCommands.TakeTicket command) {
        return groupFor(center, command.groupCode(), command.procedureCode());
    }

    /** The group named, or the one serving the procedure's agency at this center (exactly one of them given). */
    ServiceGroup groupFor(Center center, String groupCode, String procedureCode) {
        if ((groupCode == null) == (procedureCode == null)) {
            throw new UserErrorException("input.groupCode", ErrorCode.INVALID, "Give a service group or a procedure");
        }
        if (groupCode != null) {
            return ServiceGroup.find(center.id, groupCode).orElseThrow(() -> new UserErrorException(
                    "input.groupCode", ErrorCode.NOT_FOUND, "No group " + groupCode));
        }
        Procedure procedure = Procedure.findPublished(procedureCode).orElseThrow(() -> new UserErrorException(
                "input.procedureCode", ErrorCode.NOT_FOUND,
                "No procedure " + procedureCode + " in the catalogue (unknown or retired)"));
        return ServiceGroupAgency.firstGroupFor(center.id, procedure.agencyId).orElseThrow(() -> new UserErrorException(
                "input.procedureCode", ErrorCode.NOT_FOUND, "No queue at this center serves that procedure"));
    }
}
