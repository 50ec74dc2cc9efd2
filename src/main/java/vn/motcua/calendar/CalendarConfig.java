package vn.motcua.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "motcua.calendar")
public interface CalendarConfig {

    /**
     * The office hours of a working day, in the centers' zone, counted by procedures timed in working hours.
     * The province's working hours (giờ hành chính): 7:00 to 11:30 and 13:30 to 17:00.
     */
    @WithDefault("07:00-11:30,13:30-17:00")
    List<String> officeHours();
}
