package vn.motcua.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.center.Center;
import vn.motcua.common.BadInputException;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.service.DossierTimeliness;
import vn.motcua.stats.DossierStatistics;
import vn.motcua.stats.StatisticsGrouping;

/**
 * Decision 766/QĐ-TTg figures of a center and month, in one grouped statement over indexed ranges.
 * Finished dossiers are judged on the day they finished, dossiers in progress on the month's last day
 * (today for the current month), all by {@code dossier_timeliness}: the one definition the dossier's
 * own {@code overdue} and the work lists use too.
 */
@ApplicationScoped
public class StatisticsQueries {

    private static final String CLOSED_WITHOUT_RESULT = "'REFUSED', 'WITHDRAWN', 'STOPPED'";

    @Inject
    EntityManager em;
    @Inject
    BatchLoader batch;
    @Inject
    CenterClock clock;

    public List<DossierStatistics> monthly(String centerCode, String month, StatisticsGrouping grouping) {
        Center center = Center.require(centerCode);
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadInputException("month is YYYY-MM, got " + month);
        }
        LocalDate asOf = yearMonth.atEndOfMonth().isBefore(clock.today()) ? yearMonth.atEndOfMonth() : clock.today();
        String key = switch (grouping) {
            case CENTER -> "null::bigint as agency_key, null::bigint as field_key";
            case AGENCY -> "p.agency_id as agency_key, null::bigint as field_key";
            case FIELD -> "p.agency_id as agency_key, p.field_id as field_key";
        };
        String judgedNow = DossierTimeliness.sql("s", "s.finished_at", ":asOf");
        String judgedAtMonthEnd = DossierTimeliness.sql("s", "null::timestamptz", ":asOf");
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                with m as (
                  select ((cast(:first as date))::timestamp at time zone :zone) as start_at,
                         ((cast(:first as date) + interval '1 month')::timestamp at time zone :zone) as end_at
                ), touched as (
                  -- index range scans instead of one scan with an OR across them
                  select d.id from dossier d, m where d.center_id = :center
                    and d.received_at >= m.start_at and d.received_at < m.end_at
                  union
                  select d.id from dossier d, m where d.center_id = :center
                    and d.finished_at >= m.start_at
                  union
                  select d.id from dossier d, m where d.center_id = :center
                    and d.rated_at >= m.start_at and d.rated_at < m.end_at
                  union
                  select d.id from dossier d, m where d.center_id = :center and d.finished_at is null
                    and d.status not in (%2$s) and d.received_at < m.end_at
                ), scoped as (
                  select %1$s, d.*,
                         -- in progress at a moment: received before it, not finished before it, not closed
                         (d.received_at < m.end_at and (d.finished_at is null or d.finished_at >= m.end_at)
                            and d.status not in (%2$s)) as open_at_end,
                         (d.received_at < m.start_at and (d.finished_at is null or d.finished_at >= m.start_at)
                            and d.status not in (%2$s)) as open_at_start
                  from touched t join dossier d on d.id = t.id join procedure p on p.id = d.procedure_id, m
                ), judged as (
                  select s.*, %3$s as finished_judgement, %4$s as month_end_judgement from scoped s
                )
                select s.agency_key as agency_key, s.field_key as field_key,
                  count(*) filter (where s.received_at >= m.start_at and s.received_at < m.end_at) as received,
                  count(*) filter (where s.received_at >= m.start_at and s.received_at < m.end_at
                                     and s.channel = 'ONLINE') as received_online,
                  count(*) filter (where s.finished_at >= m.start_at and s.finished_at < m.end_at) as finished,
                  count(*) filter (where s.finished_at >= m.start_at and s.finished_at < m.end_at
                                     and s.finished_judgement = :early) as early,
                  count(*) filter (where s.finished_at >= m.start_at and s.finished_at < m.end_at
                                     and s.finished_judgement in (:early, :onTime)) as on_time,
                  count(*) filter (where s.open_at_end) as in_progress,
                  count(*) filter (where s.open_at_end and s.month_end_judgement = :overdue) as overdue,
                  count(*) filter (where s.open_at_start) as carried_over,
                  avg(s.rating) filter (where s.rated_at >= m.start_at and s.rated_at < m.end_at) as average_rating,
                  count(s.rating) filter (where s.rated_at >= m.start_at and s.rated_at < m.end_at) as ratings,
                  count(*) filter (where s.rating = 1 and s.rated_at >= m.start_at and s.rated_at < m.end_at) as rated_1,
                  count(*) filter (where s.rating = 2 and s.rated_at >= m.start_at and s.rated_at < m.end_at) as rated_2,
                  count(*) filter (where s.rating = 3 and s.rated_at >= m.start_at and s.rated_at < m.end_at) as rated_3,
                  count(*) filter (where s.rating = 4 and s.rated_at >= m.start_at and s.rated_at < m.end_at) as rated_4,
                  count(*) filter (where s.rating = 5 and s.rated_at >= m.start_at and s.rated_at < m.end_at) as rated_5
                from judged s, m
                group by s.agency_key, s.field_key
                order by 1 nulls first, 2 nulls first""".formatted(key, CLOSED_WITHOUT_RESULT, judgedNow,
                judgedAtMonthEnd), Tuple.class)
                .setParameter("first", yearMonth.atDay(1))
                .setParameter("center", center.id)
                .setParameter("zone", clock.zoneId())
                .setParameter("asOf", asOf)
                .setParameter("early", Timeliness.EARLY.name())
                .setParameter("onTime", Timeliness.ON_TIME.name())
                .setParameter("overdue", Timeliness.OVERDUE.name())
                .getResultList();
        List<Agency> agencies = batch.byIds(Agency.class, keys(rows, "agency_key"), a -> a.id);
        List<Field> fields = batch.byIds(Field.class, keys(rows, "field_key"), f -> f.id);
        return IntStream.range(0, rows.size())
                .mapToObj(i -> toStatistics(yearMonth.toString(), center.code, rows.get(i), agencies.get(i), fields.get(i)))
                .toList();
    }

    private static List<Long> keys(List<Tuple> rows, String column) {
        return rows.stream().map(r -> r.get(column) == null ? -1L : r.get(column, Number.class).longValue()).toList();
    }

    private static long count(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    private static DossierStatistics toStatistics(String month, String centerCode, Tuple r, Agency agency, Field field) {
        long received = count(r, "received");
        long online = count(r, "received_online");
        long finished = count(r, "finished");
        long onTime = count(r, "on_time");
        long inProgress = count(r, "in_progress");
        long overdue = count(r, "overdue");
        Number averageRating = r.get("average_rating", Number.class);
        List<Long> byLevel = IntStream.rangeClosed(1, 5).mapToObj(level -> count(r, "rated_" + level)).toList();
        return new DossierStatistics(month, centerCode, agency == null ? null : agency.code,
                agency == null ? null : agency.name, field == null ? null : field.code, field == null ? null : field.name,
                received, online, finished, count(r, "early"), onTime, finished - onTime, inProgress,
                inProgress - overdue, overdue, count(r, "carried_over"),
                finished == 0 ? null : (double) onTime / finished, received == 0 ? null : (double) online / received,
                averageRating == null ? null : averageRating.doubleValue(), count(r, "ratings"), byLevel);
    }
}
