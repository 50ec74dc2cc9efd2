package vn.motcua.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import vn.motcua.center.Center;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.notification.MessageGateway;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.WebhooksConfig;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/**
 * The centers' SMS and Zalo gateways. A message goes to the gateway as one JSON POST,
 * {@code {"to": "+84…", "text": "…", "reference": "…"}}, with the center's bearer token and the reference
 * as {@code Idempotency-Key}, so a gateway that took a message whose answer was lost takes the retry as the
 * same message. Providers' own APIs (an SMS brand name, Zalo's notification service) sit behind a small
 * adapter that speaks this. Addresses follow the webhooks' rules: https, and no private network in production.
 */
@ApplicationScoped
public class MessageGateways {

    /** Whether the gateway took the message, and how, or why not; {@code retry} when trying again may help. */
    public record Outcome(boolean sent, boolean retry, String how) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    WebhooksConfig addresses;
    @Inject
    CallerScope scope;
    @Inject
    Caller caller;
    @Inject
    CenterClock clock;

    /** Sets or, without a URL, removes a gateway of a center the caller manages. */
    @Transactional
    public Optional<MessageGateway> set(String centerCode, NotificationChannel channel, String url, String token) {
        Center center = Center.findByCode(centerCode).filter(c -> scope.reaches(Operation.SET_MESSAGE_GATEWAY, c.id))
                .orElseThrow(() -> new UserErrorException("input.centerCode", ErrorCode.NOT_FOUND,
                        "No center " + centerCode));
        if (channel == NotificationChannel.EMAIL) {
            throw new UserErrorException("input.channel", ErrorCode.INVALID, "E-mail goes through SMTP, not a gateway");
        }
        Optional<String> refused = url == null ? Optional.empty()
                : WebhookAddresses.problem(url, addresses.allowPrivateAddresses());
        if (refused.isPresent()) {
            throw new UserErrorException("input.url", ErrorCode.INVALID, refused.get());
        }
        MessageGateway.delete("centerId = ?1 and channel = ?2", center.id, channel);
        if (url == null) {
            return Optional.empty();
        }
        MessageGateway gateway = new MessageGateway();
        gateway.centerId = center.id;
        gateway.channel = channel;
        gateway.url = url;
        gateway.token = token;
        gateway.setBy = caller.name();
        gateway.setAt = clock.now();
        gateway.persist();
        return Optional.of(gateway);
    }

    /** Posts one message; called outside any transaction, since it waits for the gateway. */
    public Outcome send(MessageGateway gateway, String phone, String text, String reference) {
        Optional<String> refused = WebhookAddresses.problem(gateway.url, addresses.allowPrivateAddresses());
        if (refused.isPresent()) {
            return new Outcome(false, false, refused.get());
        }
        String body = Json.createObjectBuilder().add("to", international(phone)).add("text", text)
                .add("reference", reference).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url)).timeout(addresses.timeout())
                .header("Content-Type", "application/json; charset=UTF-8").header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (gateway.token != null) {
            request.header("Authorization", "Bearer " + gateway.token);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return new Outcome(true, false, gateway.channel + " gateway " + status);
            }
            // a refusal of this message (4xx) will not change; the gateway busy or failing (408, 429, 5xx) may
            boolean retry = status == 408 || status == 429 || status >= 500;
            return new Outcome(false, retry, gateway.channel + " gateway answered " + status);
        } catch (IOException e) {
            return new Outcome(false, true, gateway.channel + " gateway: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, true, gateway.channel + " gateway: interrupted");
        }
    }

    /** A Vietnamese phone number as gateways take it: 0912345678 becomes +84912345678. */
    static String international(String phone) {
        String digits = phone.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("84") && digits.length() == 11) {
            return "+" + digits;
        }
        return digits.startsWith("0") ? "+84" + digits.substring(1) : digits;
    }
}
