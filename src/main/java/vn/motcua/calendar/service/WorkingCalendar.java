package vn.motcua.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;

/**
 * Working days: Monday to Friday, less public holidays, plus the make-up Saturdays the government
 * announces. Holidays are read from the database each time (a few dozen rows a year), so an import
 * applies at once on every instance.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Far enough for any processing time in the catalogue, with room for Tết. */
    private static final int HORIZON_DAYS = 400;

    /** The day {@code workingDays} working days after {@code start}; 0 is {@code start} itself. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Map<LocalDate, DayKind> special = specialDays(start, start.plusDays(HORIZON_DAYS + workingDays * 2L));
        LocalDate day = start;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, special)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days in (from, to]: how far a paused clock must move the appointment. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        Map<LocalDate, DayKind> special = specialDays(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, special)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayKind> special) {
        DayKind kind = special.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, DayKind> specialDays(LocalDate from, LocalDate to) {
        List<Holiday> holidays = Holiday.list("day between ?1 and ?2", from, to);
        Map<LocalDate, DayKind> special = new HashMap<>();
        holidays.forEach(h -> special.put(h.day, h.kind));
        return special;
    }
}
