package vn.motcua.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.WorkingDays;

/**
 * Working days from the holiday table ({@link WorkingDays} does the arithmetic). Holidays are read from
 * the database each time (a few dozen rows a year), so an import applies at once on every instance.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Far enough for any processing time in the catalogue, with room for Tết. */
    private static final int HORIZON_DAYS = 400;

    /** The day {@code workingDays} working days after {@code start}; 0 is {@code start} itself. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return days(start, start.plusDays(HORIZON_DAYS + workingDays * 2L)).add(start, workingDays);
    }

    /** Working days in (from, to]: how far a paused clock must move the due date. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? days(from, to).between(from, to) : 0;
    }

    private static WorkingDays days(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> special = new HashMap<>();
        Holiday.<Holiday>list("day between ?1 and ?2", from, to).forEach(h -> special.put(h.day, h.kind));
        return new WorkingDays(special);
    }
}
