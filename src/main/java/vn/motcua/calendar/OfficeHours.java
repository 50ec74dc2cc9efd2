package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The office hours of a working day (giờ hành chính) as periods, morning and afternoon, and the arithmetic
 * of working hours over them: the lunch break, the night and the days off do not count. Pure: which days
 * are working days comes from {@link WorkingDays}.
 */
public record OfficeHours(List<Period> periods) {

    public record Period(LocalTime start, LocalTime end) {
    }

    public OfficeHours {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one period");
        }
        periods = periods.stream().sorted(Comparator.comparing(Period::start)).toList();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (!p.start().isBefore(p.end()) || i > 0 && p.start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Office hours must be ordered periods that do not overlap: " + periods);
            }
        }
    }

    /** Periods written as {@code 07:00-11:30}. */
    public static OfficeHours parse(List<String> periods) {
        return new OfficeHours(periods.stream().map(text -> {
            String[] ends = text.trim().split("-");
            try {
                if (ends.length == 2) {
                    return new Period(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim()));
                }
            } catch (DateTimeParseException e) {
                // reported below with the text
            }
            throw new IllegalArgumentException("An office-hours period is written 07:00-11:30, not " + text);
        }).toList());
    }

    /**
     * The moment {@code work} of working time after {@code start}. Counting starts with the next period
     * when {@code start} falls outside one, and a time that uses a period up ends with it (11:30, not 13:30).
     */
    public LocalDateTime add(WorkingDays days, LocalDateTime start, Duration work) {
        Duration remaining = work;
        for (LocalDate day = start.toLocalDate();; day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalDateTime from = later(day.atTime(p.start()), start);
                LocalDateTime to = day.atTime(p.end());
                if (from.isBefore(to)) {
                    Duration available = Duration.between(from, to);
                    if (available.compareTo(remaining) >= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
    }

    /** Working time in [from, to]: how far a paused clock must move a due time. */
    public Duration between(WorkingDays days, LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalDateTime start = later(day.atTime(p.start()), from);
                LocalDateTime end = earlier(day.atTime(p.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
