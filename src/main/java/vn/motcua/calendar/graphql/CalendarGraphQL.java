package vn.motcua.calendar.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.service.HolidayService;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.security.Roles;

@GraphQLApi
@CodedErrors
public class CalendarGraphQL {

    @Inject
    HolidayService holidayService;

    @Query
    @PermitAll
    @Description("Public holidays and make-up working days of a year")
    public @NonNull List<@NonNull Holiday> holidays(@NonNull @Min(Bounds.FIRST_YEAR) @Max(Bounds.LAST_YEAR) int year) {
        return Holiday.list("year(day) = ?1 order by day", year);
    }

    @Mutation
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Description("Imports the government's announcement of holidays and make-up days (adds or replaces each day;"
            + " imported days are official). Deployment-wide: the administrator's.")
    public @NonNull HolidaysPayload importHolidays(@NonNull @Valid HolidayInput input) {
        return Mutations.run(() -> new HolidaysPayload(holidayService.importHolidays(input.toCommand()), List.of()),
                errors -> new HolidaysPayload(null, errors));
    }
}
