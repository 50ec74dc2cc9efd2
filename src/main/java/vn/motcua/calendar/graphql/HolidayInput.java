package vn.motcua.calendar.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.service.HolidayService;
import vn.motcua.common.Bounds;

@Input("ImportHolidaysInput")
public record HolidayInput(@NonNull @Size(max = Bounds.LIST_ITEMS) List<@NonNull @Valid Entry> days) {

    List<HolidayService.AnnouncedDay> toCommand() {
        return days.stream().map(d -> new HolidayService.AnnouncedDay(d.day(), d.kind(), d.name())).toList();
    }

    @Input("HolidayEntryInput")
    public record Entry(@NonNull LocalDate day, @NonNull DayKind kind, @NonNull @Size(max = Bounds.NAME) String name) {
    }
}
