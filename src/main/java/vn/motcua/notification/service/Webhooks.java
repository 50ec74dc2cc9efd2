package vn.motcua.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.Agency;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.notification.WebhookDelivery;
import vn.motcua.notification.WebhookEndpoint;
import vn.motcua.notification.WebhooksConfig;
import vn.motcua.security.Caller;

/** The manager's side of partner webhooks: register endpoints, rotate their secrets, replay dead letters. */
@ApplicationScoped
public class Webhooks {

    @Inject
    WebhooksConfig config;
    @Inject
    CenterClock clock;
    @Inject
    Caller caller;

    /** An endpoint with its secret: the only moment the secret is shown. */
    public record Issued(WebhookEndpoint endpoint, Agency agency, String secret) {
    }

    @Transactional
    public Issued register(String agencyCode, String url) {
        Agency agency = Agency.findByCode(agencyCode).orElseThrow(
                () -> new UserErrorException("input.agencyCode", ErrorCode.NOT_FOUND, "No agency " + agencyCode));
        Optional<String> refused = WebhookAddresses.problem(url, config.allowPrivateAddresses());
        if (refused.isPresent()) {
            throw new UserErrorException("input.url", ErrorCode.INVALID, refused.get());
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.agencyId = agency.id;
        endpoint.url = url;
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.active = true;
        endpoint.createdBy = caller.name();
        endpoint.createdAt = clock.now();
        endpoint.persist();
        return new Issued(endpoint, agency, endpoint.secret);
    }

    /** A new secret; the old one still signs, beside it, for the configured overlap. */
    @Transactional
    public Issued rotateSecret(long endpointId) {
        WebhookEndpoint endpoint = endpoint(endpointId);
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretUntil = clock.now().plus(config.rotationOverlap());
        endpoint.secret = WebhookSignature.newSecret();
        return new Issued(endpoint, Agency.findById(endpoint.agencyId), endpoint.secret);
    }

    public List<WebhookDelivery> deliveries(WebhookDelivery.Status status, int first) {
        return WebhookDelivery.<WebhookDelivery>find("status = ?1 order by id desc", status).page(0, first).list();
    }

    /** A dead letter back in line, from its first attempt. */
    @Transactional
    public WebhookDelivery replay(long deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null) {
            throw new UserErrorException("input.deliveryId", ErrorCode.NOT_FOUND, "No delivery " + deliveryId);
        }
        if (delivery.status != WebhookDelivery.Status.DEAD) {
            throw new UserErrorException("input.deliveryId", ErrorCode.INVALID_STATE,
                    "Only a dead delivery is replayed; this one is " + delivery.status);
        }
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.now();
        return delivery;
    }

    private static WebhookEndpoint endpoint(long id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw new UserErrorException("input.endpointId", ErrorCode.NOT_FOUND, "No webhook endpoint " + id);
        }
        return endpoint;
    }
}
