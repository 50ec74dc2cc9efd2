package vn.motcua.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.ServiceUnavailableException;

/**
 * A plain HTTP endpoint (upload, download, print) whose database or file store is out of reach answers
 * 503 with Retry-After, like GraphQL's SERVICE_UNAVAILABLE, instead of a bare 500: the client retries.
 */
public class UnavailableAnswers {

    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException outage) {
        return Response.fromResponse(HttpAnswers.refusal(503, ErrorCode.SERVICE_UNAVAILABLE.name(), outage.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
