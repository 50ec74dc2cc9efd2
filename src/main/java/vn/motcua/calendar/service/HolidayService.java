package vn.motcua.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.graphql.HolidayInput;
import vn.motcua.common.Validation;

@ApplicationScoped
public class HolidayService {

    /** Adds or replaces the given days, all or none: the yearly announcement is imported in one go. */
    @Transactional
    public List<Holiday> importHolidays(HolidayInput input) {
        Validation v = new Validation().require(!input.days().isEmpty(), "input.days", Validation.INVALID,
                "Give at least one day");
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (int i = 0; i < input.days().size(); i++) {
            HolidayInput.Entry entry = input.days().get(i);
            v.notBlank(entry.name(), "input.days[" + i + "].name");
            v.require(seen.add(entry.day()), "input.days[" + i + "].day", Validation.INVALID,
                    entry.day() + " is listed twice");
        }
        v.throwIfInvalid();
        return input.days().stream().map(entry -> {
            Holiday holiday = Holiday.<Holiday>findByIdOptional(entry.day()).orElseGet(Holiday::new);
            holiday.day = entry.day();
            holiday.kind = entry.kind();
            holiday.name = entry.name().trim();
            holiday.persist();
            return holiday;
        }).toList();
    }
}
