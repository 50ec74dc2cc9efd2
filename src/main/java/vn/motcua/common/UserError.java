package vn.motcua.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A business refusal returned inside a mutation payload; the mutation changed nothing. */
@Description("Why a mutation was refused. Nothing was changed.")
public record UserError(
        @Description("The input field at fault, as a path like `input.name`, or null for the whole input") String field,
        @NonNull String message,
        @NonNull @Description("Stable machine-readable code") ErrorCode code) {

    public static UserError of(String field, ErrorCode code, String message) {
        return new UserError(field, message, code);
    }
}
