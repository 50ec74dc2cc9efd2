package vn.motcua.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("UNAUTHENTICATED")
public class NotAuthenticatedException extends ApiException {

    public NotAuthenticatedException() {
        super("Sign in to do this");
    }
}
