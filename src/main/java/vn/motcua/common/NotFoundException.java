package vn.motcua.common;

@io.smallrye.graphql.api.ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }
}
