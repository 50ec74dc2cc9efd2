package vn.motcua.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.motcua.common.time.CenterClock;
import vn.motcua.notification.CitizenMessage;
import vn.motcua.notification.MessageGateway;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationsConfig;
import vn.motcua.notification.OutboxEvent;

/**
 * Tells applicants what happened to their dossier on the channels they chose. A message is owed in the
 * transaction of the event it reports, for each chosen channel, when a template exists for the event's
 * type; it is sent apart ({@link OutboxWorker}), in order per dossier and channel, and ends SENT, FAILED
 * or SKIPPED (no address, no gateway, opted out since). Messages say what the applicant already knows
 * from the receipt (the code, the dates), never their personal data.
 */
@ApplicationScoped
public class CitizenNotifications implements DueDeliveries {

    /** The templates the service ships with, by file name; they cannot change while it runs. */
    private static final Map<String, Optional<String>> BUILT_IN = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;
    @Inject
    NotificationsConfig config;
    @Inject
    OutboxWorker worker;
    @Inject
    Emails emails;
    @Inject
    MessageGateways gateways;

    /** The channels the applicant chose for this dossier, replacing earlier ones; none opts out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void choose(long dossierId, Collection<NotificationChannel> channels) {
        em.createNativeQuery("delete from dossier_notification_channel where dossier_id = :d")
                .setParameter("d", dossierId).executeUpdate();
        for (NotificationChannel channel : channels.stream().distinct().toList()) {
            em.createNativeQuery("insert into dossier_notification_channel (dossier_id, channel) values (:d, :c)")
                    .setParameter("d", dossierId).setParameter("c", channel.name()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<NotificationChannel> chosen(long dossierId) {
        List<String> names = em.createNativeQuery("select channel from dossier_notification_channel"
                + " where dossier_id = :d order by channel").setParameter("d", dossierId).getResultList();
        return names.stream().map(NotificationChannel::valueOf).toList();
    }

    /** Owes the event to the applicant on each chosen channel, if there is a template for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(OutboxEvent event) {
        if (template(event.type).isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into citizen_message (outbox_event_id, dossier_id, channel, status, next_attempt_at)
                select :event, :dossier, c.channel, 'PENDING', :now from dossier_notification_channel c
                where c.dossier_id = :dossier""")
                .setParameter("event", event.id).setParameter("dossier", event.dossierId)
                .setParameter("now", event.createdAt).executeUpdate();
    }

    /**
     * Delivers the next due message: claimed in a transaction of its own (its attempt counted and the row held,
     * see {@link OutboxWorker#claimNextDue}), sent outside any transaction, then recorded. A message whose
     * outcome could not be recorded is sent again once the hold ends, not on every poll.
     */
    @Override
    public boolean deliverNext() {
        Optional<OutboxWorker.Claim> claim = worker.claimNextDue("citizen_message", "channel");
        if (claim.isEmpty()) {
            return false;
        }
        Outcome outcome = worker.usedUp(claim.get()) ? new Outcome(CitizenMessage.Status.FAILED, "attempts used up")
                : QuarkusTransaction.requiringNew().call(() -> prepare(claim.get().id())).get();
        QuarkusTransaction.requiringNew().run(() -> record(claim.get().id(), outcome));
        return true;
    }

    /** What one attempt came to: SENT, SKIPPED, FAILED for good, or PENDING to try again. */
    private record Outcome(CitizenMessage.Status status, String reason) {
    }

    /** Reads what the message needs; the send it returns runs after this transaction ends. */
    private Supplier<Outcome> prepare(long messageId) {
        CitizenMessage message = em.find(CitizenMessage.class, messageId);
        OutboxEvent event = em.find(OutboxEvent.class, message.outboxEventId);
        if (!chosen(message.dossierId).contains(message.channel)) {
            return skipped("opted out");
        }
        Object[] dossier = (Object[]) em.createNativeQuery("select applicant_email, applicant_phone, center_id"
                + " from dossier where id = :d").setParameter("d", message.dossierId).getSingleResult();
        Optional<String[]> text = template(event.type).map(t -> render(t, event));
        if (text.isEmpty()) {
            return skipped("no template for " + event.type);
        }
        String email = (String) dossier[0];
        String phone = (String) dossier[1];
        if (message.channel == NotificationChannel.EMAIL) {
            return email == null ? skipped("no e-mail address") : () -> email(email, text.get()[0], text.get()[1]);
        }
        Optional<MessageGateway> gateway = MessageGateway.of(((Number) dossier[2]).longValue(), message.channel);
        if (gateway.isEmpty()) {
            return skipped("no " + message.channel + " gateway configured");
        }
        if (phone == null) {
            return skipped("no phone number");
        }
        String shortText = template(event.type + ".short").map(t -> render(t + "\n", event)[0]).orElse(text.get()[0]);
        String reference = "citizen-message-" + message.id;
        return () -> {
            MessageGateways.Outcome sent = gateways.send(gateway.get(), phone, shortText, reference);
            return new Outcome(sent.sent() ? CitizenMessage.Status.SENT
                    : sent.retry() ? CitizenMessage.Status.PENDING : CitizenMessage.Status.FAILED, sent.how());
        };
    }

    private static Supplier<Outcome> skipped(String why) {
        return () -> new Outcome(CitizenMessage.Status.SKIPPED, why);
    }

    private void record(long messageId, Outcome outcome) {
        CitizenMessage message = em.find(CitizenMessage.class, messageId);
        message.reason = outcome.reason().length() > 500 ? outcome.reason().substring(0, 500) : outcome.reason();
        switch (outcome.status()) {
            case SENT -> {
                message.status = CitizenMessage.Status.SENT;
                message.sentAt = clock.now();
            }
            case PENDING -> worker.retryAfter(message.attempts).ifPresentOrElse(at -> message.nextAttemptAt = at,
                    () -> message.status = CitizenMessage.Status.FAILED);
            default -> message.status = outcome.status();
        }
    }

    private Outcome email(String to, String subject, String body) {
        Emails.Outcome outcome = emails.send(to, subject, body);
        return new Outcome(outcome.sent() ? CitizenMessage.Status.SENT : CitizenMessage.Status.PENDING, outcome.how());
    }

    /**
     * The subject and the body, with {placeholders} from the event's data (dates as dd/MM/yyyy), and
     * {appointment}: the promised day, or time for procedures timed in hours, as written to people.
     */
    private String[] render(String template, OutboxEvent event) {
        JsonObject data = OutboxEvent.dataOf(event.payload);
        String text = template;
        if (data.containsKey("appointmentDate")) {
            text = text.replace("{appointment}", clock.appointmentAsWritten(LocalDate.parse(data.getString("appointmentDate")),
                    data.containsKey("appointmentAt") ? OffsetDateTime.parse(data.getString("appointmentAt")) : null));
        }
        for (String key : data.keySet()) {
            JsonValue value = data.get(key);
            String shown = value.getValueType() == JsonValue.ValueType.STRING ? data.getString(key) : value.toString();
            if (key.endsWith("Date")) {
                shown = CenterClock.DAY_AS_WRITTEN.format(LocalDate.parse(shown));
            }
            text = text.replace("{" + key + "}", shown);
        }
        int lineEnd = text.indexOf('\n');
        return new String[] { text.substring(0, lineEnd).strip(), text.substring(lineEnd + 1).strip() };
    }

    /**
     * The template for an event type: the configured directory first (read each time, so an edit applies at
     * once), then the built-in one, read once: {@link #owe} asks on every change of every dossier.
     */
    private Optional<String> template(String type) {
        String file = type + ".txt";
        try {
            if (config.templates().isPresent() && Files.isRegularFile(config.templates().get().resolve(file))) {
                return Optional.of(Files.readString(config.templates().get().resolve(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BUILT_IN.computeIfAbsent(file, CitizenNotifications::builtIn);
    }

    private static Optional<String> builtIn(String file) {
        try (InputStream in = CitizenNotifications.class.getResourceAsStream("/notifications/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
