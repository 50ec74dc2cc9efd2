package vn.motcua.common.time;

import io.smallrye.config.ConfigMapping;
import java.time.ZoneId;

/** The one place the centers' local time zone is named; deadlines and "today" are counted in it. */
@ConfigMapping(prefix = "motcua.time")
public interface TimeConfig {

    /** The centers' local zone (a region id such as Vietnam's). */
    ZoneId zone();
}
