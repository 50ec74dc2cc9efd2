package vn.motcua.common;

@io.smallrye.graphql.api.ErrorCode("INTERNAL_ERROR")
public class InternalErrorException extends ApiException {

    public InternalErrorException() {
        super("Internal error; it has been logged");
    }
}
