package vn.motcua.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.common.time.CenterClock;
import vn.motcua.notification.OutboxEvent;
import vn.motcua.notification.WebhookDelivery;
import vn.motcua.notification.WebhookEndpoint;
import vn.motcua.notification.WebhooksConfig;

/**
 * Delivers the webhooks the outbox owes ({@link OutboxWorker} runs it on every instance, gives each delivery
 * to one instance and keeps a dossier's events in order per endpoint). At least once: a crash after the
 * receiver answered sends it again, and the receiver de-duplicates by {@code webhook-id}. Failures are
 * retried with exponential backoff and jitter, then go to the dead-letter list ({@code DEAD}), which the
 * manager can replay.
 */
@ApplicationScoped
public class WebhookDispatcher implements DueDeliveries {

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;
    @Inject
    WebhooksConfig config;
    @Inject
    OutboxWorker worker;

    private volatile HttpClient http;

    /** Sends the next due delivery, if any, holding its row lock until the outcome is written. */
    @Override
    public boolean deliverNext() {
        return QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds() * 3).call(() -> {
            Optional<Long> due = worker.lockNextDue("webhook_delivery", "endpoint_id");
            if (due.isEmpty()) {
                return false;
            }
            WebhookDelivery delivery = em.find(WebhookDelivery.class, due.get());
            OutboxEvent event = em.find(OutboxEvent.class, delivery.outboxEventId);
            WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.endpointId);
            Optional<String> failure = send(endpoint, event);
            OffsetDateTime now = clock.now();
            delivery.attempts++;
            if (failure.isEmpty()) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = now;
                delivery.lastError = null;
            } else {
                delivery.lastError = failure.get().length() > 500 ? failure.get().substring(0, 500) : failure.get();
                Optional<OffsetDateTime> retry = endpoint.active ? worker.retryAfter(delivery.attempts) : Optional.empty();
                if (retry.isPresent()) {
                    delivery.nextAttemptAt = retry.get();
                } else {
                    delivery.status = WebhookDelivery.Status.DEAD;
                }
            }
            return true;
        });
    }

    /** Empty when the receiver took it (any 2xx); otherwise why not. */
    private Optional<String> send(WebhookEndpoint endpoint, OutboxEvent event) {
        Optional<String> refused = WebhookAddresses.problem(endpoint.url, config.allowPrivateAddresses());
        if (refused.isPresent()) {
            return refused;
        }
        long timestamp = clock.now().toEpochSecond();
        String id = event.eventId.toString();
        String signature = WebhookSignature.sign(endpoint.secret, id, timestamp, event.payload);
        if (endpoint.previousSecret != null && endpoint.previousSecretUntil != null
                && endpoint.previousSecretUntil.isAfter(clock.now())) {
            signature += " " + WebhookSignature.sign(endpoint.previousSecret, id, timestamp, event.payload);
        }
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint.url))
                    .timeout(config.timeout()).header("Content-Type", "application/json")
                    .header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(event.payload)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? Optional.empty()
                    : Optional.of("HTTP " + response.statusCode());
        } catch (java.io.IOException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
