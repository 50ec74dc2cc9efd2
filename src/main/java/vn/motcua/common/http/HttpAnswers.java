package vn.motcua.common.http;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What the plain HTTP endpoints (files, printed papers) answer besides their bytes. */
public final class HttpAnswers {

    private HttpAnswers() {
    }

    /** A refusal as {@code {"code", "message"}}, with the same codes as GraphQL's {@code extensions.code}. */
    public static Response refusal(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                .add("code", code).add("message", message).build().toString()).build();
    }

    /** A personal paper: never kept by a cache, never sniffed into another type by a browser. */
    public static Response.ResponseBuilder personal(Response.ResponseBuilder answer) {
        return answer.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
