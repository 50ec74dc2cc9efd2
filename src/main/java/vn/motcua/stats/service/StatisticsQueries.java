package vn.motcua.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.center.Center;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.BadInputException;
import vn.motcua.stats.DossierStatistics;
import vn.motcua.stats.StatisticsGrouping;

/**
 * Decision 766/QĐ-TTg: on-time rate = dossiers finished on or before their appointment date
 * (supplement days already excluded by moving the appointment; more than one supplement request
 * counts as late) over dossiers finished; online rate = online dossiers over dossiers received.
 * One grouped statement per call, over indexed ranges of received_at and finished_at.
 */
@ApplicationScoped
public class StatisticsQueries {

    @Inject
    EntityManager em;
    @Inject
    BatchLoader batch;

    public List<DossierStatistics> monthly(String centerCode, String month, StatisticsGrouping grouping) {
        Center center = Center.require(centerCode);
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadInputException("month is YYYY-MM, got " + month);
        }
        String key = switch (grouping) {
            case CENTER -> "null::bigint as agency_key, null::bigint as field_key";
            case AGENCY -> "p.agency_id as agency_key, null::bigint as field_key";
            case FIELD -> "p.agency_id as agency_key, p.field_id as field_key";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with m as (
                  select ((cast(:first as date))::timestamp at time zone 'Asia/Ho_Chi_Minh') as start_at,
                         ((cast(:first as date) + interval '1 month')::timestamp at time zone 'Asia/Ho_Chi_Minh') as end_at
                ), touched as (
                  -- three index range scans instead of one scan with an OR across them
                  select d.id from dossier d, m where d.center_id = :center
                    and d.received_at >= m.start_at and d.received_at < m.end_at
                  union
                  select d.id from dossier d, m where d.center_id = :center
                    and d.finished_at >= m.start_at and d.finished_at < m.end_at
                  union
                  select d.id from dossier d, m where d.center_id = :center
                    and d.rated_at >= m.start_at and d.rated_at < m.end_at
                ), scoped as (
                  select %s, d.*
                  from touched t join dossier d on d.id = t.id join procedure p on p.id = d.procedure_id
                )
                select s.agency_key, s.field_key,
                  count(*) filter (where s.received_at >= m.start_at and s.received_at < m.end_at) as received,
                  count(*) filter (where s.received_at >= m.start_at and s.received_at < m.end_at
                                     and s.channel = 'ONLINE') as received_online,
                  count(*) filter (where s.finished_at >= m.start_at and s.finished_at < m.end_at) as finished,
                  count(*) filter (where s.finished_at >= m.start_at and s.finished_at < m.end_at
                                     and s.supplement_count <= 1
                                     and (s.appointment_date is null
                                          or (s.finished_at at time zone 'Asia/Ho_Chi_Minh')::date <= s.appointment_date)) as on_time,
                  avg(s.rating) filter (where s.rated_at >= m.start_at and s.rated_at < m.end_at) as average_rating,
                  count(s.rating) filter (where s.rated_at >= m.start_at and s.rated_at < m.end_at) as ratings
                from scoped s, m
                group by s.agency_key, s.field_key
                order by 1 nulls first, 2 nulls first""".formatted(key))
                .setParameter("first", yearMonth.atDay(1))
                .setParameter("center", center.id)
                .getResultList();
        List<Agency> agencies = batch.byIds(Agency.class, column(rows, 0), a -> a.id);
        List<Field> fields = batch.byIds(Field.class, column(rows, 1), f -> f.id);
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> toStatistics(yearMonth.toString(), center.code, rows.get(i), agencies.get(i), fields.get(i)))
                .toList();
    }

    private static List<Long> column(List<Object[]> rows, int column) {
        return rows.stream().map(r -> r[column] == null ? -1L : ((Number) r[column]).longValue()).toList();
    }

    private DossierStatistics toStatistics(String month, String centerCode, Object[] r, Agency agency, Field field) {
        long received = ((Number) r[2]).longValue();
        long online = ((Number) r[3]).longValue();
        long finished = ((Number) r[4]).longValue();
        long onTime = ((Number) r[5]).longValue();
        Double averageRating = r[6] == null ? null : ((Number) r[6]).doubleValue();
        return new DossierStatistics(month, centerCode, agency == null ? null : agency.code,
                agency == null ? null : agency.name, field == null ? null : field.code, field == null ? null : field.name,
                received, online, finished, onTime, finished - onTime,
                finished == 0 ? null : (double) onTime / finished, received == 0 ? null : (double) online / received,
                averageRating, ((Number) r[7]).longValue());
    }
}
