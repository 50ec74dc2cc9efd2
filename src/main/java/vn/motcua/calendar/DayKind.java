package vn.motcua.calendar;

public enum DayKind {
    /** A public holiday or compensatory day off: not a working day even on a weekday. */
    HOLIDAY,
    /** A Saturday or Sunday the government made a working day (ngày làm bù). */
    MAKEUP_WORKDAY
}
