package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.center.Center;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.SqlValues;
import vn.motcua.common.time.CenterClock;
import vn.motcua.queue.Counter;
import vn.motcua.queue.DisplayBoard;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.ServiceTimeStatistics;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketPlace;
import vn.motcua.queue.TicketPriority;
import vn.motcua.queue.TicketStatus;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/** What the display board, the kiosk, the mobile app and the center's managers read of the queue. */
@ApplicationScoped
public class QueueQueries {

    private static final String IN_LINE = TicketStatus.sqlList(TicketStatus.IN_LINE);

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;
    @Inject
    QueueConfig config;
    @Inject
    QueueReach reach;
    @Inject
    CallerScope scope;

    /**
     * Waiting tickets of the same group that will be called first: priority tickets, then booked visits whose
     * slot has begun, then FIFO (the group's part of {@code QueueService}'s calling order).
     */
    public int peopleAhead(Ticket t) {
        String rank = "case when %s <> :normal then 0 when %s <= :now then 1 else 2 end";
        Number ahead = (Number) em.createNativeQuery("""
                select count(*) from ticket o
                where o.group_id = :group and o.day = :day and o.status in (%s) and o.id <> :id
                  and (%s, o.queued_at, o.id) < (%s, :queued, :id)"""
                .formatted(IN_LINE, rank.formatted("o.priority", "o.booked_slot_start"),
                        rank.formatted(":priority", "cast(:bookedSlotStart as timestamptz)")))
                .setParameter("group", t.groupId).setParameter("day", t.day).setParameter("id", t.id)
                .setParameter("normal", TicketPriority.NORMAL.name()).setParameter("priority", t.priority.name())
                .setParameter("bookedSlotStart", t.bookedSlotStart)
                .setParameter("now", clock.now()).setParameter("queued", t.queuedAt).getSingleResult();
        return ahead.intValue();
    }

    /** People ahead times today's average service time, shared among the open counters that serve the group. */
    public Integer estimatedWaitMinutes(ServiceGroup group, int ahead) {
        Tuple row = (Tuple) em.createNativeQuery("""
                select (select avg(extract(epoch from t.finished_at - t.serving_at)) / 60 from ticket t
                        where t.group_id = :group and t.day = :day and t.status = :done) as minutes,
                       (select count(*) from counter c join counter_profile cp on cp.counter_id = c.id
                        where cp.group_id = :group and c.status = 'OPEN') as counters""", Tuple.class)
                .setParameter("group", group.id).setParameter("day", clock.today())
                .setParameter("done", TicketStatus.DONE.name()).getSingleResult();
        Number average = row.get("minutes", Number.class);
        double minutes = average == null ? config.defaultServiceMinutes() : average.doubleValue();
        long counters = Math.max(1, row.get("counters", Number.class).longValue());
        return (int) Math.ceil(ahead * minutes / counters);
    }

    public TicketPlace place(String centerCode, String number) {
        Center center = Center.require(centerCode);
        Ticket t = Ticket.findOfDay(center.id, clock.today(), number)
                .orElseThrow(() -> new NotFoundException("No ticket " + number + " today"));
        return placeOf(t);
    }

    public TicketPlace placeOf(Ticket t) {
        ServiceGroup group = ServiceGroup.findById(t.groupId);
        Counter counter = t.counterId == null ? null : Counter.findById(t.counterId);
        int ahead = t.status.isWaiting() ? peopleAhead(t) : 0;
        return new TicketPlace(t.number, t.day, t.status, group.code, counter == null ? null : counter.code,
                ahead, t.status.isWaiting() ? estimatedWaitMinutes(group, ahead) : null);
    }

    /** The signed-in citizen's tickets of today, by the token's identity number. */
    public List<TicketPlace> myTickets() {
        String citizenId = scope.citizenId().orElse("");
        return Ticket.<Ticket>list("citizenId = ?1 and day = ?2 order by takenAt", citizenId, clock.today())
                .stream().map(this::placeOf).toList();
    }

    public DisplayBoard board(String centerCode) {
        Center center = Center.require(centerCode);
        LocalDate today = clock.today();
        List<Tuple> calls = tuples(em.createNativeQuery("""
                select t.number as number, c.code as counter, t.called_at as called_at, t.status as status
                from ticket t join counter c on c.id = t.counter_id
                where t.center_id = :center and t.day = :day and t.status in (%s)
                order by t.called_at desc limit :calls""".formatted(TicketStatus.sqlList(TicketStatus.AT_COUNTER)),
                Tuple.class).setParameter("center", center.id).setParameter("day", today)
                .setParameter("calls", config.boardCalls()).getResultList());
        List<Tuple> waiting = tuples(em.createNativeQuery("""
                select g.code as code, g.name as name, count(t.id) as waiting from service_group g
                left join ticket t on t.group_id = g.id and t.day = :day and t.status in (%s)
                where g.center_id = :center group by g.code, g.name order by g.code""".formatted(IN_LINE), Tuple.class)
                .setParameter("center", center.id).setParameter("day", today).getResultList());
        return new DisplayBoard(center.code,
                calls.stream().map(r -> new DisplayBoard.BoardCall(r.get("number", String.class),
                        r.get("counter", String.class), SqlValues.instant(r.get("called_at")),
                        TicketStatus.valueOf(r.get("status", String.class)))).toList(),
                waiting.stream().map(r -> new DisplayBoard.GroupWaiting(r.get("code", String.class),
                        r.get("name", String.class), r.get("waiting", Number.class).intValue())).toList());
    }

    /** Counters of a center the caller works at or manages; another center's look like an unknown one. */
    public List<Counter> counters(String centerCode) {
        Center center = reach.center(Operation.COUNTERS, centerCode)
                .orElseThrow(() -> new NotFoundException("No center with code " + centerCode));
        return Counter.list("centerId = ?1 order by code", center.id);
    }

    public List<ServiceTimeStatistics> serviceTimes(String centerCode, LocalDate day) {
        Center center = reach.center(Operation.SERVICE_TIME_STATISTICS, centerCode)
                .orElseThrow(() -> new NotFoundException("No center with code " + centerCode));
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select g.code as group_code, c.code as counter_code, count(*) as served,
                       avg(extract(epoch from t.called_at - t.taken_at)) / 60 as wait_minutes,
                       avg(extract(epoch from t.finished_at - t.serving_at)) / 60 as service_minutes
                from ticket t join service_group g on g.id = t.group_id left join counter c on c.id = t.counter_id
                where t.center_id = :center and t.day = :day and t.status = :done
                group by grouping sets ((g.code), (g.code, c.code)) order by 1, 2 nulls first""", Tuple.class)
                .setParameter("center", center.id).setParameter("day", day)
                .setParameter("done", TicketStatus.DONE.name()).getResultList());
        return rows.stream().map(r -> new ServiceTimeStatistics(r.get("group_code", String.class),
                r.get("counter_code", String.class), r.get("served", Number.class).intValue(),
                decimal(r.get("wait_minutes", Number.class)), decimal(r.get("service_minutes", Number.class))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(List<?> rows) {
        return (List<Tuple>) rows;
    }

    private static Double decimal(Number value) {
        return value == null ? null : value.doubleValue();
    }
}
