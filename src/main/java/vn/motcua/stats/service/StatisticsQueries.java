package vn.motcua.stats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Field;
import vn.motcua.center.Center;
import vn.motcua.common.BadInputException;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.time.CenterClock;
import vn.motcua.stats.DossierStatistics;
import vn.motcua.stats.StatisticsGrouping;

/**
 * Decision 766/QĐ-TTg figures of a center and month, in one grouped statement over the figures the database
 * keeps per month and procedure, the open dossiers among them, and the open dossiers not overdue yet. Finished
 * dossiers are judged on the day they finished, dossiers in progress on the month's last day (today for the
 * current month), by {@code dossier_timeliness} and the {@code dossier_overdue_after} it judges dossiers in
 * progress by: the one definition the dossier's own {@code overdue} and the work lists use too. A month that
 * has ended is computed once and kept ({@code statistics_month}): its figures are all fixed at its end, and at
 * a million dossiers the query reads every dossier finished since then.
 */
@ApplicationScoped
public class StatisticsQueries {

    private static final String CLOSED_WITHOUT_RESULT = "'REFUSED', 'WITHDRAWN', 'STOPPED'";

    /** The figures every row carries, as the live query names them and the snapshot stores them. */
    private static final List<String> FIGURES = List.of("received", "received_online", "finished", "early", "on_time",
            "in_progress", "overdue", "carried_over", "ratings", "rating_sum", "rated_1", "rated_2", "rated_3",
            "rated_4", "rated_5");
    /** The figures of the dossiers in progress at the month's end, which depend on when that is. */
    private static final Set<String> IN_PROGRESS_FIGURES = Set.of("in_progress", "overdue");
    /** The figures the database keeps per procedure and month (V27), read as they are kept. */
    private static final List<String> KEPT_FIGURES = FIGURES.stream().filter(f -> !IN_PROGRESS_FIGURES.contains(f))
            .toList();
    /** The figures of an ended month's kept rows, rolled up to the asked grouping. */
    private static final String SUMMED_FIGURES = FIGURES.stream().map(f -> "sum(" + f + ") as " + f)
            .collect(Collectors.joining(", "));

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
        List<Tuple> rows = yearMonth.atEndOfMonth().isBefore(clock.today())
                ? closedMonth(center.id, yearMonth, grouping)
                : liveFigures(center.id, yearMonth, clock.now(), grouping);
        List<Agency> agencies = batch.byIds(Agency.class, keys(rows, "agency_key"), a -> a.id);
        List<Field> fields = batch.byIds(Field.class, keys(rows, "field_key"), f -> f.id);
        return IntStream.range(0, rows.size())
                .mapToObj(i -> toStatistics(yearMonth.toString(), center.code, rows.get(i), agencies.get(i), fields.get(i)))
                .toList();
    }

    /**
     * The province's points side by side: each center and commune point of {@code centerCode}'s province, one
     * row each (its CENTER grouping), the provincial centers first. Each is the point's own figures, computed
     * (or read from its snapshot) as for the point alone, so the rows agree with each point's own statistics.
     */
    public List<DossierStatistics> provinceSideBySide(String centerCode, String month) {
        Center center = Center.require(centerCode);
        return Center.<Center>list("province", center.province).stream()
                .sorted(Comparator.comparing((Center point) -> point.tier).thenComparing(point -> point.code))
                .flatMap(point -> monthly(point.code, month, StatisticsGrouping.CENTER).stream()).toList();
    }

    /**
     * An ended month from its snapshot, computed by the first request after the month ended. Of two
     * replicas computing at once, the second waits on the first's row and then reads its figures. A
     * snapshot computed after "now" means the clock was turned back (tests do); it is computed again.
     */
    @SuppressWarnings("unchecked")
    private List<Tuple> closedMonth(long centerId, YearMonth month, StatisticsGrouping grouping) {
        List<Object> computedAt = em.createNativeQuery(
                "select computed_at from statistics_month where center_id = :center and month = :first"
                        + " and computed_at <= :now")
                .setParameter("center", centerId).setParameter("first", month.atDay(1))
                .setParameter("now", clock.now()).getResultList();
        if (computedAt.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> snapshot(centerId, month));
        }
        return em.createNativeQuery("""
                select %s, %s from statistics_month_row where center_id = :center and month = :first
                group by 1, 2 order by 1 nulls first, 2 nulls first""".formatted(groupKey(grouping, ""),
                SUMMED_FIGURES),
                Tuple.class)
                .setParameter("center", centerId).setParameter("first", month.atDay(1)).getResultList();
    }

    private void snapshot(long centerId, YearMonth month) {
        em.createNativeQuery("delete from statistics_month where center_id = :center and month = :first"
                + " and computed_at > :now").setParameter("center", centerId).setParameter("first", month.atDay(1))
                .setParameter("now", clock.now()).executeUpdate();
        int claimed = em.createNativeQuery("insert into statistics_month (center_id, month, computed_at)"
                + " values (:center, :first, :now) on conflict do nothing").setParameter("center", centerId)
                .setParameter("first", month.atDay(1)).setParameter("now", clock.now()).executeUpdate();
        if (claimed == 0) {
            return;
        }
        String columns = String.join(", ", FIGURES);
        bindLive(em.createNativeQuery("insert into statistics_month_row (center_id, month, agency_id, field_id, "
                + columns + ") select :center, :first, agency_key, field_key, " + columns + " from ("
                + liveSql(StatisticsGrouping.FIELD) + ") figures"), centerId, month, lastMomentOf(month))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> liveFigures(long centerId, YearMonth month, OffsetDateTime asOf, StatisticsGrouping grouping) {
        return bindLive(em.createNativeQuery(liveSql(grouping) + " order by 1 nulls first, 2 nulls first", Tuple.class),
                centerId, month, asOf).getResultList();
    }

    /** The grouping's key columns, {@code agency_key} and {@code field_key}, from a table of dossiers or rows. */
    private static String groupKey(StatisticsGrouping grouping, String procedure) {
        return switch (grouping) {
            case CENTER -> "null::bigint as agency_key, null::bigint as field_key";
            case AGENCY -> procedure + "agency_id as agency_key, null::bigint as field_key";
            case FIELD -> procedure + "agency_id as agency_key, " + procedure + "field_id as field_key";
        };
    }

    /**
     * The month's figures in one grouped statement, counted per procedure in four parts:
     * <ul>
     * <li>received, finished (judged on the day they finished, and carried over into the month when received
     * before it) and rated in the month: kept in step with the dossiers by the database ({@code
     * statistics_rollup}, V27), one row per procedure;</li>
     * <li>in progress at the month's end, first the dossiers open now that were received up to the month's end,
     * kept too (V28's {@code open_now} per month of receipt): all of them counted overdue and, when received
     * before the month, carried over;</li>
     * <li>then those of them not overdue yet at {@code :asOf}, the month's last moment or now, counted from the
     * index of open dossiers by the moment {@code dossier_overdue_after} kept on each (V27), and taken back off
     * the overdue: the dossiers in time are the recent ones, where the overdue ones pile up with the years;</li>
     * <li>last the dossiers finished after the month's end, which were in progress at it (none for the current
     * month), counted from the dossiers.</li>
     * </ul>
     * A dossier refused, withdrawn or stopped is in none of the counts of dossiers in progress.
     */
    private static String liveSql(StatisticsGrouping grouping) {
        String kept = part(KEPT_FIGURES.stream().collect(Collectors.toMap(f -> f, f -> "sum(d." + f + ")")),
                "statistics_rollup d where d.center_id = :center and d.month = :first");
        String openNow = part(Map.of(
                "in_progress", "sum(d.open_now)",
                "overdue", "sum(d.open_now)",
                "carried_over", "coalesce(sum(d.open_now) filter (where d.month < :first), 0)"),
                "statistics_rollup d where d.center_id = :center and d.month <= :first and d.open_now <> 0");
        String notOverdueYet = part(Map.of("overdue", "-count(*)"), """
                dossier d where d.center_id = :center and d.finished_at is null and d.status not in (%s)
                  and d.overdue_after >= :asOf and d.received_at < :endAt""".formatted(CLOSED_WITHOUT_RESULT));
        String finishedAfter = part(Map.of(
                "in_progress", "count(*)",
                "overdue", "count(*) filter (where :asOf > d.overdue_after)",
                "carried_over", "count(*) filter (where d.received_at < :startAt)"), """
                dossier d where d.center_id = :center and d.finished_at >= :endAt and d.status not in (%s)
                  and d.received_at < :endAt""".formatted(CLOSED_WITHOUT_RESULT));
        // the month's bounds are parameters, not a CTE of the query: the planner then sees them and reads only
        // the dossiers finished after the end by their index (with a CTE it scanned all, 250 ms at 300,000)
        return """
                with per_procedure as (
                  %s
                  union all
                  %s
                  union all
                  %s
                  union all
                  %s
                )
                select %s, %s
                from per_procedure f join procedure p on p.id = f.procedure_id
                group by 1, 2""".formatted(kept, openNow, notOverdueYet, finishedAfter, groupKey(grouping, "p."),
                SUMMED_FIGURES);
    }

    /** One part of {@link #liveSql}: the given figures counted per procedure over {@code from}, the others 0. */
    private static String part(Map<String, String> figures, String from) {
        return "select d.procedure_id, " + FIGURES.stream().map(f -> figures.getOrDefault(f, "0") + " as " + f)
                .collect(Collectors.joining(", ")) + "\n  from " + from + "\n  group by d.procedure_id";
    }

    /** The month's last moment that PostgreSQL tells apart (a microsecond before the next month). */
    private OffsetDateTime lastMomentOf(YearMonth month) {
        return clock.startOf(month.plusMonths(1).atDay(1)).minusNanos(1_000);
    }

    private Query bindLive(Query query, long centerId, YearMonth month, OffsetDateTime asOf) {
        return query.setParameter("first", month.atDay(1))
                .setParameter("center", centerId)
                .setParameter("startAt", clock.startOf(month.atDay(1)))
                .setParameter("endAt", clock.startOf(month.plusMonths(1).atDay(1)))
                .setParameter("asOf", asOf);
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
        long ratings = count(r, "ratings");
        List<Long> byLevel = IntStream.rangeClosed(1, 5).mapToObj(level -> count(r, "rated_" + level)).toList();
        return new DossierStatistics(month, centerCode, agency == null ? null : agency.code,
                agency == null ? null : agency.name, field == null ? null : field.code, field == null ? null : field.name,
                received, online, finished, count(r, "early"), onTime, finished - onTime, inProgress,
                inProgress - overdue, overdue, count(r, "carried_over"),
                finished == 0 ? null : (double) onTime / finished, received == 0 ? null : (double) online / received,
                ratings == 0 ? null : (double) count(r, "rating_sum") / ratings, ratings, byLevel);
    }
}
