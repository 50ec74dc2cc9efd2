package vn.motcua.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input, so a client can fix them all in one round trip. */
public final class Validation {

    private final List<UserError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, ErrorCode code, String message) {
        if (!condition) {
            errors.add(UserError.of(field, code, message));
        }
        return this;
    }

    public Validation notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, ErrorCode.INVALID, field + " must not be empty");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Refuses the write (and rolls back its transaction) when anything was wrong. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new UserErrorException(errors);
        }
    }
}
