package vn.motcua.common;

/** The database (or another part the answer needs) cannot be reached right now; retry shortly. */
@io.smallrye.graphql.api.ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException() {
        super("The service cannot reach its database right now; nothing was changed. Try again shortly.");
    }
}
