package vn.motcua.common;

@io.smallrye.graphql.api.ErrorCode("UNAUTHENTICATED")
public class NotAuthenticatedException extends ApiException {

    public NotAuthenticatedException() {
        super("Sign in to do this");
    }
}
