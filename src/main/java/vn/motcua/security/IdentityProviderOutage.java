package vn.motcua.security;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.Failures;

/**
 * A bearer token arrives while the identity provider cannot be reached (its keys were never fetched, or a
 * new key must be): the answer is 503 SERVICE_UNAVAILABLE with a GraphQL error body and Retry-After, not
 * Quarkus's bare 500. OIDC retries the provider on the next such request, so the service recovers without a
 * restart. Requests without a token never reach the provider and keep being answered.
 */
@ApplicationScoped
public class IdentityProviderOutage {

    static final String RETRY_AFTER_SECONDS = "5";

    void answerOutagesAsUnavailable(@Observes Router router) {
        router.route().failureHandler(IdentityProviderOutage::unavailableIfProviderUnreachable);
    }

    private static void unavailableIfProviderUnreachable(RoutingContext context) {
        if (!Failures.anyPart(context.failure(), OIDCException.class::isInstance) || context.response().headWritten()) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject()
                .put("message", "The identity provider cannot be reached, so the token cannot be checked right now;"
                        + " nothing was changed. Try again shortly.")
                .put("extensions", new JsonObject().put("code", ErrorCode.SERVICE_UNAVAILABLE.name()));
        context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
