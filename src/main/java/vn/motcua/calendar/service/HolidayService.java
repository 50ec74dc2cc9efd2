package vn.motcua.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.Validation;

@ApplicationScoped
public class HolidayService {

    /** One day of the government's announcement. */
    public record AnnouncedDay(LocalDate day, DayKind kind, String name) {
    }

    /**
     * Adds or replaces the given days, all or none: the yearly announcement is imported in one go, and an
     * imported day is official (no longer provisional).
     */
    @Transactional
    public List<Holiday> importHolidays(List<AnnouncedDay> days) {
        Validation v = new Validation().require(!days.isEmpty(), "input.days", ErrorCode.INVALID, "Give at least one day");
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            AnnouncedDay entry = days.get(i);
            v.notBlank(entry.name(), "input.days[" + i + "].name");
            v.require(seen.add(entry.day()), "input.days[" + i + "].day", ErrorCode.INVALID,
                    entry.day() + " is listed twice");
        }
        v.throwIfInvalid();
        return days.stream().map(entry -> {
            Holiday holiday = Holiday.<Holiday>findByIdOptional(entry.day()).orElseGet(Holiday::new);
            holiday.day = entry.day();
            holiday.kind = entry.kind();
            holiday.name = entry.name().trim();
            holiday.provisional = false;
            holiday.persist();
            return holiday;
        }).toList();
    }
}
