package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.Center;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.dossier.Dossier;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterStatus;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketChannel;
import vn.motcua.queue.TicketEvent;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.TicketStatus;
import vn.motcua.queue.graphql.QueueTypes;
import vn.motcua.security.Caller;
import vn.motcua.security.Roles;

/**
 * The ticket queue. Calling the next ticket locks the counter's own row (one call at a time per
 * counter) and takes the first waiting ticket with {@code FOR UPDATE SKIP LOCKED}: two counters never
 * get the same ticket, and neither waits for the other's lock. Every change is announced on the
 * {@code motcua_queue} channel (LISTEN/NOTIFY) when its transaction commits.
 */
@ApplicationScoped
public class QueueService {

    public static final String QUEUE_EMPTY = "QUEUE_EMPTY";
    public static final String COUNTER_NOT_OPEN = "COUNTER_NOT_OPEN";
    public static final String INVALID_STATE = "INVALID_STATE";

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    QueueQueries queries;

    @Transactional
    public QueueTypes.TicketPayload takeTicket(QueueTypes.TakeTicket input) {
        Center center = center(input.centerCode());
        ServiceGroup group = groupFor(center, input);
        LocalDate today = today();
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
        t.priority = input.priority() == null ? TicketPriority.NORMAL : input.priority();
        t.channel = caller.hasRole(Roles.CITIZEN) ? TicketChannel.APP : TicketChannel.KIOSK;
        t.citizenId = caller.citizenId().orElse(null);
        t.status = TicketStatus.WAITING;
        t.takenAt = now();
        t.queuedAt = t.takenAt;
        t.procedureId = input.procedureCode() == null ? null
                : Procedure.findPublished(input.procedureCode()).map(p -> p.id).orElse(null);
        t.persist();
        event(t, "TAKE", null);
        int ahead = queries.peopleAhead(t);
        return new QueueTypes.TicketPayload(t, ahead, queries.estimatedWaitMinutes(group, ahead), List.of());
    }

    @Transactional
    public Counter openCounter(QueueTypes.CounterRef input) {
        Counter counter = counter(input.counterCode(), input.centerCode());
        if (counter.status != CounterStatus.CLOSED && !caller.name().equals(counter.officer)) {
            throw new UserErrorException("input.counterCode", Validation.CONFLICT,
                    "Counter " + counter.code + " is taken by " + counter.officer);
        }
        Optional<Counter> elsewhere = Counter.<Counter>find("officer = ?1 and id <> ?2", caller.name(), counter.id)
                .firstResultOptional();
        if (elsewhere.isPresent()) {
            throw new UserErrorException("input.counterCode", Validation.CONFLICT,
                    "You are signed in to counter " + elsewhere.get().code + "; close it first");
        }
        counter.status = CounterStatus.OPEN;
        counter.officer = caller.name();
        counter.openedAt = now();
        return counter;
    }

    @Transactional
    public Counter breakCounter(QueueTypes.CounterRef input) {
        Counter counter = ownCounter(input.counterCode(), input.centerCode());
        counter.status = CounterStatus.BREAK;
        return counter;
    }

    @Transactional
    public Counter closeCounter(QueueTypes.CounterRef input) {
        Counter counter = ownCounter(input.counterCode(), input.centerCode());
        counter.status = CounterStatus.CLOSED;
        counter.officer = null;
        return counter;
    }

    @Transactional
    public ServiceGroup createGroup(QueueTypes.NewGroup input) {
        Center center = center(input.centerCode());
        Validation v = new Validation().notBlank(input.name(), "input.name")
                .require(input.code() != null && input.code().matches("[A-Z]{1,3}"), "input.code", Validation.INVALID,
                        "A group code is 1 to 3 capital letters")
                .require(ServiceGroup.find(center.id, input.code()).isEmpty(), "input.code", Validation.ALREADY_EXISTS,
                        "Group " + input.code() + " exists already");
        List<Optional<vn.motcua.catalogue.Agency>> agencies = input.agencyCodes().stream()
                .map(vn.motcua.catalogue.Agency::findByCode).toList();
        for (int i = 0; i < agencies.size(); i++) {
            v.require(agencies.get(i).isPresent(), "input.agencyCodes[" + i + "]", Validation.NOT_FOUND,
                    "No agency " + input.agencyCodes().get(i));
        }
        v.throwIfInvalid();
        ServiceGroup group = new ServiceGroup();
        group.centerId = center.id;
        group.code = input.code();
        group.name = input.name().trim();
        group.persist();
        for (Optional<vn.motcua.catalogue.Agency> agency : agencies) {
            em.createNativeQuery("insert into service_group_agency (group_id, agency_id) values (:g, :a)")
                    .setParameter("g", group.id).setParameter("a", agency.get().id).executeUpdate();
        }
        return group;
    }

    @Transactional
    public Counter createCounter(QueueTypes.NewCounter input) {
        Center center = center(input.centerCode());
        new Validation().notBlank(input.code(), "input.code").notBlank(input.name(), "input.name")
                .require(input.code() == null || Counter.find(center.id, input.code()).isEmpty(), "input.code",
                        Validation.ALREADY_EXISTS, "Counter " + input.code() + " exists already")
                .throwIfInvalid();
        Counter counter = new Counter();
        counter.centerId = center.id;
        counter.code = input.code().trim();
        counter.name = input.name().trim();
        counter.status = CounterStatus.CLOSED;
        counter.persist();
        return counter;
    }

    @Transactional
    public Counter setProfile(QueueTypes.Profile input) {
        Center center = center(input.centerCode());
        Counter counter = Counter.find(center.id, input.counterCode()).orElseThrow(() -> new UserErrorException(
                "input.counterCode", Validation.NOT_FOUND, "No counter " + input.counterCode()));
        Validation v = new Validation().require(!input.groupCodes().isEmpty(), "input.groupCodes", Validation.INVALID,
                "A counter serves at least one group");
        v.require(new HashSet<>(input.groupCodes()).size() == input.groupCodes().size(), "input.groupCodes",
                Validation.INVALID, "A group is listed twice");
        List<Optional<ServiceGroup>> groups = input.groupCodes().stream().map(code -> ServiceGroup.find(center.id, code))
                .toList();
        for (int i = 0; i < groups.size(); i++) {
            v.require(groups.get(i).isPresent(), "input.groupCodes[" + i + "]", Validation.NOT_FOUND,
                    "No group " + input.groupCodes().get(i));
        }
        v.throwIfInvalid();
        em.createNativeQuery("delete from counter_profile where counter_id = :counter")
                .setParameter("counter", counter.id).executeUpdate();
        for (int i = 0; i < groups.size(); i++) {
            em.createNativeQuery("insert into counter_profile (counter_id, group_id, preference) values (:c, :g, :p)")
                    .setParameter("c", counter.id).setParameter("g", groups.get(i).get().id).setParameter("p", i + 1)
                    .executeUpdate();
        }
        return counter;
    }

    /**
     * The next ticket this counter may serve: tickets sent to this counter, then priority levels, then
     * the counter's preferred groups, then first come first served.
     */
    @Transactional
    public Ticket callNext(QueueTypes.CounterRef input) {
        Counter counter = ownCounter(input.counterCode(), input.centerCode());
        requireOpen(counter);
        em.lock(counter, LockModeType.PESSIMISTIC_WRITE);
        if (Ticket.count("counterId = ?1 and status = ?2", counter.id, TicketStatus.SERVING) > 0) {
            throw new UserErrorException("input.counterCode", INVALID_STATE,
                    "Finish or park the ticket being served before calling the next");
        }
        // a ticket called here and never served gave up its turn
        for (Ticket unanswered : Ticket.<Ticket>list("counterId = ?1 and status = ?2", counter.id, TicketStatus.CALLED)) {
            unanswered.status = TicketStatus.NO_SHOW;
            event(unanswered, "NO_SHOW", counter.id);
        }
        @SuppressWarnings("unchecked")
        List<Number> next = em.createNativeQuery("""
                select t.id from ticket t
                left join counter_profile cp on cp.group_id = t.group_id and cp.counter_id = :counter
                where t.center_id = :center and t.day = :today and t.status in ('WAITING', 'TRANSFERRED')
                  and (t.target_counter_id = :counter or (t.target_counter_id is null and cp.counter_id is not null))
                order by t.target_counter_id is null, t.priority = 'NORMAL', cp.preference, t.queued_at, t.id
                limit 1
                for update of t skip locked""")
                .setParameter("counter", counter.id).setParameter("center", counter.centerId)
                .setParameter("today", today()).getResultList();
        if (next.isEmpty()) {
            throw new UserErrorException("input.counterCode", QUEUE_EMPTY, "No one is waiting for this counter");
        }
        Ticket t = Ticket.findById(next.get(0).longValue());
        t.status = TicketStatus.CALLED;
        t.counterId = counter.id;
        t.targetCounterId = null;
        t.calledAt = now();
        event(t, "CALL", counter.id);
        return t;
    }

    @Transactional
    public Ticket recall(QueueTypes.TicketAction input) {
        return act(input.counterCode(), input.ticketNumber(), input.centerCode(), "RECALL", TicketStatus.CALLED,
                List.of(TicketStatus.CALLED), t -> {
                    t.recalls++;
                    t.calledAt = now();
                });
    }

    @Transactional
    public Ticket startServing(QueueTypes.TicketAction input) {
        return act(input.counterCode(), input.ticketNumber(), input.centerCode(), "SERVE", TicketStatus.SERVING,
                List.of(TicketStatus.CALLED, TicketStatus.PARKED), t -> t.servingAt = now());
    }

    @Transactional
    public Ticket park(QueueTypes.TicketAction input) {
        return act(input.counterCode(), input.ticketNumber(), input.centerCode(), "PARK", TicketStatus.PARKED,
                List.of(TicketStatus.SERVING), t -> { });
    }

    @Transactional
    public Ticket markNoShow(QueueTypes.TicketAction input) {
        return act(input.counterCode(), input.ticketNumber(), input.centerCode(), "NO_SHOW", TicketStatus.NO_SHOW,
                List.of(TicketStatus.CALLED), t -> { });
    }

    @Transactional
    public Ticket finish(QueueTypes.Finish input) {
        Optional<Dossier> dossier = input.dossierCode() == null ? Optional.empty() : Dossier.findByCode(input.dossierCode());
        if (input.dossierCode() != null && dossier.isEmpty()) {
            throw new UserErrorException("input.dossierCode", Validation.NOT_FOUND, "No dossier " + input.dossierCode());
        }
        return act(input.counterCode(), input.ticketNumber(), input.centerCode(), "FINISH", TicketStatus.DONE,
                List.of(TicketStatus.SERVING), t -> {
                    t.finishedAt = now();
                    t.dossierId = dossier.map(d -> d.id).orElse(null);
                });
    }

    @Transactional
    public Ticket transfer(QueueTypes.Transfer input) {
        if ((input.toGroupCode() == null) == (input.toCounterCode() == null)) {
            throw new UserErrorException("input.toGroupCode", Validation.INVALID, "Give a group or a counter, not both");
        }
        Counter here = ownCounter(input.counterCode(), input.centerCode());
        Optional<ServiceGroup> group = Optional.ofNullable(input.toGroupCode()).flatMap(c -> ServiceGroup.find(here.centerId, c));
        Optional<Counter> target = Optional.ofNullable(input.toCounterCode()).flatMap(c -> Counter.find(here.centerId, c));
        if (input.toGroupCode() != null && group.isEmpty() || input.toCounterCode() != null && target.isEmpty()) {
            throw new UserErrorException(input.toGroupCode() != null ? "input.toGroupCode" : "input.toCounterCode",
                    Validation.NOT_FOUND, "No such group or counter");
        }
        return act(here, input.ticketNumber(), "TRANSFER", TicketStatus.TRANSFERRED,
                List.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED), t -> {
                    group.ifPresent(g -> t.groupId = g.id);
                    t.targetCounterId = target.map(c -> c.id).orElse(null);
                    t.counterId = null;
                    // queuedAt is kept: the ticket waits with its original place in time
                });
    }

    /** The holder cancels: a citizen their own ticket; an officer or kiosk operator any waiting one. */
    @Transactional
    public Ticket cancel(QueueTypes.Cancel input) {
        Center center = center(input.centerCode());
        Ticket t = ticket(center.id, input.ticketNumber());
        boolean holder = t.citizenId != null && caller.citizenId().filter(t.citizenId::equals).isPresent();
        if (!holder && !caller.hasRole(Roles.COUNTER_OFFICER) && !caller.hasRole(Roles.CENTER_MANAGER)) {
            throw new UserErrorException("input.ticketNumber", Validation.NOT_FOUND, "No ticket " + input.ticketNumber()
                    + " of yours today");
        }
        if (!t.status.isWaiting()) {
            throw new UserErrorException("input.ticketNumber", INVALID_STATE, "Ticket " + t.number + " is " + t.status);
        }
        t.status = TicketStatus.CANCELLED;
        event(t, "CANCEL", null);
        return t;
    }

    private Ticket act(String counterCode, String number, String centerCode, String action, TicketStatus to,
            List<TicketStatus> from, java.util.function.Consumer<Ticket> apply) {
        return act(ownCounter(counterCode, centerCode), number, action, to, from, apply);
    }

    private Ticket act(Counter counter, String number, String action, TicketStatus to, List<TicketStatus> from,
            java.util.function.Consumer<Ticket> apply) {
        requireOpen(counter);
        Ticket t = ticket(counter.centerId, number);
        if (!from.contains(t.status) || !counter.id.equals(t.counterId)) {
            throw new UserErrorException("input.ticketNumber", INVALID_STATE, "Ticket " + t.number + " is " + t.status
                    + (counter.id.equals(t.counterId) ? "" : " and not at counter " + counter.code)
                    + "; " + action.toLowerCase().replace('_', ' ') + " needs " + from);
        }
        apply.accept(t);
        t.status = to;
        event(t, action, counter.id);
        return t;
    }

    private Ticket ticket(Long centerId, String number) {
        return Ticket.<Ticket>find("centerId = ?1 and day = ?2 and number = ?3", centerId, today(), number)
                .firstResultOptional().orElseThrow(() -> new UserErrorException("input.ticketNumber", Validation.NOT_FOUND,
                        "No ticket " + number + " today"));
    }

    private void event(Ticket t, String action, Long counterId) {
        TicketEvent e = new TicketEvent();
        e.ticketId = t.id;
        e.at = now();
        e.action = action;
        e.status = t.status;
        e.counterId = counterId;
        e.actor = caller.name();
        e.persist();
        // delivered to every instance's listeners when (and only if) this transaction commits
        em.createNativeQuery("select pg_notify('motcua_queue', :payload)")
                .setParameter("payload", t.centerId + ":" + t.id + ":" + action).getSingleResult();
    }

    private Counter ownCounter(String counterCode, String centerCode) {
        Counter counter = counter(counterCode, centerCode);
        if (!caller.name().equals(counter.officer)) {
            throw new UserErrorException("input.counterCode", COUNTER_NOT_OPEN,
                    "You are not signed in to counter " + counter.code);
        }
        return counter;
    }

    private Counter counter(String counterCode, String centerCode) {
        String code = centerCode != null ? centerCode : caller.centerCode().orElse(null);
        Center center = center(code);
        return Counter.find(center.id, counterCode).orElseThrow(() -> new UserErrorException("input.counterCode",
                Validation.NOT_FOUND, "No counter " + counterCode + " at " + center.code));
    }

    private static void requireOpen(Counter counter) {
        if (counter.status != CounterStatus.OPEN) {
            throw new UserErrorException("input.counterCode", COUNTER_NOT_OPEN, "Counter " + counter.code + " is "
                    + counter.status);
        }
    }

    private Center center(String code) {
        if (code == null) {
            throw new UserErrorException("input.centerCode", Validation.INVALID, "Name the center");
        }
        return Center.findByCode(code).orElseThrow(() -> new UserErrorException("input.centerCode", Validation.NOT_FOUND,
                "No center " + code));
    }

    private ServiceGroup groupFor(Center center, QueueTypes.TakeTicket input) {
        if ((input.groupCode() == null) == (input.procedureCode() == null)) {
            throw new UserErrorException("input.groupCode", Validation.INVALID, "Give a service group or a procedure");
        }
        if (input.groupCode() != null) {
            return ServiceGroup.find(center.id, input.groupCode()).orElseThrow(() -> new UserErrorException(
                    "input.groupCode", Validation.NOT_FOUND, "No group " + input.groupCode()));
        }
        Procedure procedure = Procedure.findPublished(input.procedureCode()).orElseThrow(() -> new UserErrorException(
                "input.procedureCode", Validation.NOT_FOUND,
                "No procedure " + input.procedureCode() + " in the catalogue (unknown or retired)"));
        @SuppressWarnings("unchecked")
        List<Number> groups = em.createNativeQuery("""
                select g.id from service_group g join service_group_agency sga on sga.group_id = g.id
                where g.center_id = :center and sga.agency_id = :agency order by g.code limit 1""")
                .setParameter("center", center.id).setParameter("agency", procedure.agencyId).getResultList();
        if (groups.isEmpty()) {
            throw new UserErrorException("input.procedureCode", Validation.NOT_FOUND,
                    "No queue at this center serves that procedure");
        }
        return ServiceGroup.findById(groups.get(0).longValue());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(Dossier.LOCAL_ZONE);
    }
}
