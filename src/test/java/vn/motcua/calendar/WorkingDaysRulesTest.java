package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic, without a database: the special days are given here. */
class WorkingDaysRulesTest {

    static final LocalDate FRI_2_JAN_2026 = LocalDate.of(2026, 1, 2);
    static final LocalDate SAT_10_JAN_2026 = LocalDate.of(2026, 1, 10);
    static final WorkingDays NEW_YEAR_2026 = new WorkingDays(Map.of(
            LocalDate.of(2026, 1, 1), DayKind.HOLIDAY,
            FRI_2_JAN_2026, DayKind.HOLIDAY,
            SAT_10_JAN_2026, DayKind.MAKEUP_WORKDAY));

    @Test
    void holidaysAreSkippedAndMakeUpSaturdaysCount() {
        assertFalse(NEW_YEAR_2026.isWorkingDay(FRI_2_JAN_2026));
        assertTrue(NEW_YEAR_2026.isWorkingDay(SAT_10_JAN_2026));
        assertFalse(NEW_YEAR_2026.isWorkingDay(LocalDate.of(2026, 1, 11)), "an ordinary Sunday");
        assertEquals(LocalDate.of(2026, 1, 5), NEW_YEAR_2026.add(LocalDate.of(2025, 12, 31), 1));
        assertEquals(SAT_10_JAN_2026, NEW_YEAR_2026.add(LocalDate.of(2026, 1, 9), 1));
        assertEquals(LocalDate.of(2026, 1, 12), NEW_YEAR_2026.add(LocalDate.of(2026, 1, 9), 2));
    }

    @Test
    void zeroDaysIsTheStartAndBetweenCountsTheDaysAfterIt() {
        LocalDate start = LocalDate.of(2026, 1, 7);
        assertEquals(start, NEW_YEAR_2026.add(start, 0));
        assertEquals(0, NEW_YEAR_2026.between(start, start));
        // Thu 8, Fri 9, Sat 10 (make-up), Mon 12
        assertEquals(4, NEW_YEAR_2026.between(start, LocalDate.of(2026, 1, 12)));
        for (int n = 0; n < 30; n++) {
            assertEquals(n, NEW_YEAR_2026.between(start, NEW_YEAR_2026.add(start, n)), "add and between agree at " + n);
        }
    }
}
