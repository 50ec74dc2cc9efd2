package vn.motcua.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.CalendarConfig;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.common.time.CenterClock;

/**
 * Working days from the holiday table ({@link WorkingDays} does the arithmetic) and working hours over the
 * office hours ({@link OfficeHours}). Holidays are read from the database each time (a few dozen rows a
 * year), so an import applies at once on every instance.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Far enough for any processing time in the catalogue, with room for Tết. */
    private static final int HORIZON_DAYS = 400;

    private final OfficeHours officeHours;
    private final CenterClock clock;

    @Inject
    public WorkingCalendar(CalendarConfig config, CenterClock clock) {
        this.officeHours = OfficeHours.parse(config.officeHours());
        this.clock = clock;
    }

    /** The day {@code workingDays} working days after {@code start}; 0 is {@code start} itself. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return days(start, start.plusDays(HORIZON_DAYS + workingDays * 2L)).add(start, workingDays);
    }

    /** Working days in (from, to]: how far a paused clock must move the due date. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? days(from, to).between(from, to) : 0;
    }

    /** The moment {@code work} of office hours after {@code start}, in the centers' zone. */
    public OffsetDateTime addWorkingTime(OffsetDateTime start, Duration work) {
        LocalDateTime local = local(start);
        LocalDateTime due = officeHours.add(days(local.toLocalDate(), local.toLocalDate().plusDays(HORIZON_DAYS)),
                local, work);
        return due.atZone(clock.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Office hours in [from, to]: how far a paused clock must move a due time. */
    public Duration workingTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        return officeHours.between(days(start.toLocalDate(), end.toLocalDate()), start, end);
    }

    /** The office hours of a day: none on a day off. */
    public List<OfficeHours.Period> officeHoursOn(LocalDate day) {
        return days(day, day).isWorkingDay(day) ? officeHours.periods() : List.of();
    }

    private LocalDateTime local(OffsetDateTime instant) {
        return instant.atZoneSameInstant(clock.zone()).toLocalDateTime();
    }

    private static WorkingDays days(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> special = new HashMap<>();
        Holiday.<Holiday>list("day between ?1 and ?2", from, to).forEach(h -> special.put(h.day, h.kind));
        return new WorkingDays(special);
    }
}
