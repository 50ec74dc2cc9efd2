package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.support.EmbeddedPostgresResource;

/** Appointment dates and times against tables computed by hand from the official calendar. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class WorkingCalendarTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    WorkingCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Tết Dương lịch 2026: off Thu 1 to Sun 4 January; Fri 2 January swapped for Saturday 10 January
        "2025-12-31, 1, 2026-01-05",
        "2026-01-09, 1, 2026-01-10",
        "2026-01-09, 2, 2026-01-12",
        // Tết Bính Ngọ 2026: off Sat 14 Feb to Sun 22 Feb
        "2026-02-13, 1, 2026-02-23",
        "2026-02-12, 3, 2026-02-24",
        "2026-02-09, 10, 2026-03-02",
        "2026-02-16, 1, 2026-02-23",
        // make-up Saturday 26 Apr 2025 works, Fri 2 May 2025 is off in exchange
        "2025-04-25, 1, 2025-04-26",
        "2025-04-25, 2, 2025-04-28",
        "2025-04-29, 1, 2025-05-05",
        // Hùng Kings' day 2026 falls on Sunday 26 Apr: Monday 27 Apr is off
        "2026-04-24, 1, 2026-04-28",
        // plain weekends, and 0 days
        "2026-11-27, 1, 2026-11-30",
        "2026-11-27, 0, 2026-11-27",
        "2026-11-23, 5, 2026-11-30",
    })
    void appointmentDatesMatchTheHandComputedTable(LocalDate received, int days, LocalDate expected) {
        assertEquals(expected, calendar.addWorkingDays(received, days));
    }

    @ParameterizedTest(name = "{0} + {1} office hours = {2}")
    @CsvSource({
        // Monday 30 November 2026; office hours 07:00 to 11:30 and 13:30 to 17:00
        "2026-11-30T10:00, PT4H, 2026-11-30T16:00",
        "2026-11-30T15:00, PT4H, 2026-12-01T09:00",
        "2026-11-30T12:00, PT4H, 2026-12-01T07:30",
        "2026-11-30T20:00, PT1H, 2026-12-01T08:00",
        "2026-11-30T06:00, PT8H, 2026-11-30T17:00",
        "2026-11-30T11:00, PT30M, 2026-11-30T11:30",
        // a Friday afternoon goes on on Monday; Tết Bính Ngọ (14 to 22 February 2026) is skipped whole
        "2026-11-27T15:00, PT4H, 2026-11-30T09:00",
        "2026-02-13T16:00, PT2H, 2026-02-23T08:00",
    })
    void appointmentTimesSkipTheLunchBreakTheNightAndDaysOff(LocalDateTime received, Duration work, LocalDateTime expected) {
        assertEquals(expected, calendar.addWorkingTime(local(received), work).atZoneSameInstant(ZONE).toLocalDateTime());
    }

    @Test
    void pausedOfficeHoursSkipTheLunchBreakAndTheNight() {
        assertEquals(Duration.ofHours(2), calendar.workingTimeBetween(local(LocalDateTime.parse("2026-11-30T10:00")),
                local(LocalDateTime.parse("2026-11-30T14:00"))));
        assertEquals(Duration.ofHours(5), calendar.workingTimeBetween(local(LocalDateTime.parse("2026-11-30T11:00")),
                local(LocalDateTime.parse("2026-12-01T08:00"))));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(local(LocalDateTime.parse("2026-11-28T08:00")),
                local(LocalDateTime.parse("2026-11-29T16:00"))));
    }

    private static OffsetDateTime local(LocalDateTime time) {
        return time.atZone(ZONE).toOffsetDateTime();
    }

    @Test
    void pausedWorkingDaysSkipHolidays() {
        assertEquals(1, calendar.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-23")));
        assertEquals(3, calendar.workingDaysBetween(LocalDate.parse("2025-04-24"), LocalDate.parse("2025-04-28")));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-02-23")));
    }
}
