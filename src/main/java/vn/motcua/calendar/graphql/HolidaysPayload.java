package vn.motcua.calendar.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.calendar.Holiday;
import vn.motcua.common.UserError;

public record HolidaysPayload(List<@NonNull Holiday> holidays, @NonNull List<@NonNull UserError> userErrors) {
}
