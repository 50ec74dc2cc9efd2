package vn.motcua.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("FORBIDDEN")
public class NotAllowedException extends ApiException {

    public NotAllowedException() {
        super("You are not allowed to do this");
    }
}
