package vn.motcua.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("INTERNAL_ERROR")
public class InternalErrorException extends ApiException {

    public InternalErrorException() {
        super("Internal error; it has been logged");
    }
}
