package vn.motcua.center.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.center.Center;
import vn.motcua.common.UserError;

public record CenterPayload(Center center, @NonNull List<@NonNull UserError> userErrors) {
}
