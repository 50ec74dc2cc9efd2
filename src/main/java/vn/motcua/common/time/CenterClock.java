package vn.motcua.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Every "now" and "today" of the service comes from here: instants from the injected {@link Clock},
 * stored in UTC, and days in the centers' local zone. Catalogue dates (publish, retire) are UTC days.
 */
@ApplicationScoped
public class CenterClock {

    /** A day as the center writes it to people, on paper and in messages: 05/03/2026. */
    public static final DateTimeFormatter DAY_AS_WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A time of day as the center writes it: 16 giờ 00. */
    private static final DateTimeFormatter TIME_AS_WRITTEN = DateTimeFormatter.ofPattern("H 'giờ' mm");

    @Inject
    Clock clock;
    @Inject
    TimeConfig config;

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The centers' local date now: what "today" means for deadlines, tickets and sequences. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** Today in UTC: the day catalogue versions take or leave effect. */
    public LocalDate utcToday() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public ZoneId zone() {
        return config.zone();
    }

    /** The zone's id, for SQL that converts instants to local days. */
    public String zoneId() {
        return config.zone().getId();
    }

    public LocalDate localDate(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone()).toLocalDate();
    }

    /**
     * A promised day, or a promised time for procedures timed in hours, as written to people:
     * "ngày 03/12/2026", or "16 giờ 00 ngày 03/12/2026".
     */
    public String appointmentAsWritten(LocalDate day, OffsetDateTime time) {
        if (time == null) {
            return "ngày " + DAY_AS_WRITTEN.format(day);
        }
        ZonedDateTime local = time.atZoneSameInstant(zone());
        return TIME_AS_WRITTEN.format(local) + " ngày " + DAY_AS_WRITTEN.format(local);
    }

    /** The instant a local day starts. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
