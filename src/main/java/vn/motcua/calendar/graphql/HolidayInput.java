package vn.motcua.calendar.graphql;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.calendar.DayKind;

@Input("ImportHolidaysInput")
public record HolidayInput(@NonNull List<@NonNull Entry> days) {

    @Input("HolidayEntryInput")
    public record Entry(@NonNull LocalDate day, @NonNull DayKind kind, @NonNull String name) {
    }
}
