package vn.motcua.common;

import java.util.List;

/**
 * Thrown by services to refuse a write: it rolls the transaction back, and the GraphQL layer turns
 * it into {@code userErrors} of the mutation's payload.
 */
public class UserErrorException extends RuntimeException {

    private final transient List<UserError> errors;

    public UserErrorException(String field, ErrorCode code, String message) {
        this(List.of(UserError.of(field, code, message)));
    }

    public UserErrorException(List<UserError> errors) {
        super(errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }

    public ErrorCode code() {
        return errors.get(0).code();
    }
}
