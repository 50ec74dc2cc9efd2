package vn.motcua.common;

/** The database (or another part the answer needs) cannot be reached right now; retry shortly. */
@io.smallrye.graphql.api.ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException() {
        this("The service cannot reach its database right now; nothing was changed. Try again shortly.");
    }

    /** {@code message} says which part is out of reach; it is shown to the client. */
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
