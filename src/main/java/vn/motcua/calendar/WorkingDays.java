package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic over a set of special days: Monday to Friday, less holidays, plus make-up
 * working days. Pure: the days come from the holiday table ({@code WorkingCalendar}) or from a test.
 */
public record WorkingDays(Map<LocalDate, DayKind> specialDays) {

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = specialDays.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code workingDays} working days after {@code start}; 0 is {@code start} itself. */
    public LocalDate add(LocalDate start, int workingDays) {
        LocalDate day = start;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days in (from, to]: how far a paused clock must move a due date. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
