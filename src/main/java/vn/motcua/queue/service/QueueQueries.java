package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.motcua.center.Center;
import vn.motcua.common.NotFoundException;
import vn.motcua.queue.Counter;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;
import vn.motcua.queue.graphql.QueueTypes;

/** What the display board, the kiosk and the mobile app read. */
@ApplicationScoped
public class QueueQueries {

    /** Used until a group has served anyone today. */
    static final double DEFAULT_SERVICE_MINUTES = 6.0;

    @Inject
    EntityManager em;

    /** Waiting tickets of the same group that will be called first (priority first, then FIFO). */
    public int peopleAhead(Ticket t) {
        Number ahead = (Number) em.createNativeQuery("""
                select count(*) from ticket o
                where o.group_id = :group and o.day = :day and o.status in ('WAITING', 'TRANSFERRED') and o.id <> :id
                  and ((o.priority <> 'NORMAL') and (:priority = 'NORMAL')
                       or ((o.priority <> 'NORMAL') = (:priority <> 'NORMAL') and (o.queued_at, o.id) < (:queued, :id)))""")
                .setParameter("group", t.groupId).setParameter("day", t.day).setParameter("id", t.id)
                .setParameter("priority", t.priority.name()).setParameter("queued", t.queuedAt).getSingleResult();
        return ahead.intValue();
    }

    /** People ahead times today's average service time, shared among the open counters that serve the group. */
    public Integer estimatedWaitMinutes(ServiceGroup group, int ahead) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select avg(extract(epoch from t.finished_at - t.serving_at)) / 60 from ticket t
                        where t.group_id = :group and t.day = :day and t.status = 'DONE'),
                       (select count(*) from counter c join counter_profile cp on cp.counter_id = c.id
                        where cp.group_id = :group and c.status = 'OPEN')""")
                .setParameter("group", group.id).setParameter("day", QueueService.today()).getSingleResult();
        double minutes = row[0] == null ? DEFAULT_SERVICE_MINUTES : ((Number) row[0]).doubleValue();
        long counters = Math.max(1, ((Number) row[1]).longValue());
        return (int) Math.ceil(ahead * minutes / counters);
    }

    public QueueTypes.TicketPlace place(String centerCode, String number) {
        Center center = Center.require(centerCode);
        Ticket t = Ticket.<Ticket>find("centerId = ?1 and day = ?2 and number = ?3", center.id, QueueService.today(), number)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("No ticket " + number + " today"));
        return placeOf(t);
    }

    public QueueTypes.TicketPlace placeOf(Ticket t) {
        ServiceGroup group = ServiceGroup.findById(t.groupId);
        Counter counter = t.counterId == null ? null : Counter.findById(t.counterId);
        int ahead = t.status.isWaiting() ? peopleAhead(t) : 0;
        return new QueueTypes.TicketPlace(t.number, t.day, t.status, group.code, counter == null ? null : counter.code,
                ahead, t.status.isWaiting() ? estimatedWaitMinutes(group, ahead) : null);
    }

    public List<QueueTypes.TicketPlace> myTickets(String citizenId) {
        return Ticket.<Ticket>list("citizenId = ?1 and day = ?2 order by takenAt", citizenId, QueueService.today())
                .stream().map(this::placeOf).toList();
    }

    public QueueTypes.DisplayBoard board(String centerCode) {
        Center center = Center.require(centerCode);
        @SuppressWarnings("unchecked")
        List<Object[]> calls = em.createNativeQuery("""
                select t.number, c.code, t.called_at, t.status from ticket t join counter c on c.id = t.counter_id
                where t.center_id = :center and t.day = :day and t.status in ('CALLED', 'SERVING')
                order by t.called_at desc limit 12""")
                .setParameter("center", center.id).setParameter("day", QueueService.today()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("""
                select g.code, g.name, count(t.id) from service_group g
                left join ticket t on t.group_id = g.id and t.day = :day and t.status in ('WAITING', 'TRANSFERRED')
                where g.center_id = :center group by g.code, g.name order by g.code""")
                .setParameter("center", center.id).setParameter("day", QueueService.today()).getResultList();
        return new QueueTypes.DisplayBoard(center.code,
                calls.stream().map(r -> new QueueTypes.BoardCall((String) r[0], (String) r[1], time(r[2]),
                        TicketStatus.valueOf((String) r[3]))).toList(),
                waiting.stream().map(r -> new QueueTypes.GroupWaiting((String) r[0], (String) r[1],
                        ((Number) r[2]).intValue())).toList());
    }

    public List<Counter> counters(String centerCode) {
        Center center = Center.require(centerCode);
        return Counter.list("centerId = ?1 order by code", center.id);
    }

    public List<QueueTypes.ServiceTimes> serviceTimes(String centerCode, java.time.LocalDate day) {
        Center center = Center.require(centerCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select g.code, c.code, count(*),
                       avg(extract(epoch from t.called_at - t.taken_at)) / 60,
                       avg(extract(epoch from t.finished_at - t.serving_at)) / 60
                from ticket t join service_group g on g.id = t.group_id left join counter c on c.id = t.counter_id
                where t.center_id = :center and t.day = :day and t.status = 'DONE'
                group by grouping sets ((g.code), (g.code, c.code)) order by 1, 2 nulls first""")
                .setParameter("center", center.id).setParameter("day", day).getResultList();
        return rows.stream().map(r -> new QueueTypes.ServiceTimes((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).doubleValue(), r[4] == null ? null : ((Number) r[4]).doubleValue()))
                .toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
