package vn.motcua.catalogue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Procedure;
import vn.motcua.common.UserError;

public record ProcedurePayload(Procedure procedure, @NonNull List<@NonNull UserError> userErrors) {
}
