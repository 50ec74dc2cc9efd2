package vn.motcua.common;

@io.smallrye.graphql.api.ErrorCode("FORBIDDEN")
public class NotAllowedException extends ApiException {

    public NotAllowedException() {
        super("You are not allowed to do this");
    }
}
