package vn.motcua.catalogue;

import java.time.Duration;

/**
 * How long a procedure takes by law: working days, or working hours for the procedures that state it
 * ("4 giờ làm việc"), whose appointment is then a time.
 */
public record ProcessingTime(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS
    }

    /** What a channel or case variant states: hours when it names them, else days. */
    public static ProcessingTime stated(int days, Integer hours) {
        return hours == null ? new ProcessingTime(days, Unit.WORKING_DAYS) : new ProcessingTime(hours, Unit.WORKING_HOURS);
    }

    public boolean inHours() {
        return unit == Unit.WORKING_HOURS;
    }

    /** The office hours it takes; only for a time in hours. */
    public Duration officeHours() {
        if (!inHours()) {
            throw new IllegalStateException("A processing time in days is counted in days");
        }
        return Duration.ofHours(amount);
    }
}
