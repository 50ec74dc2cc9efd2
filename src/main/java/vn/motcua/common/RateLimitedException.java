package vn.motcua.common;

@io.smallrye.graphql.api.ErrorCode("RATE_LIMITED")
public class RateLimitedException extends ApiException {

    public RateLimitedException(String message) {
        super(message);
    }
}
