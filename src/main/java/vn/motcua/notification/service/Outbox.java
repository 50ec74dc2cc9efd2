package vn.motcua.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import vn.motcua.common.live.LiveTopics;
import vn.motcua.common.time.CenterClock;
import vn.motcua.notification.OutboxEvent;

/**
 * Writes a dossier's change to the outbox in the transaction of the change, and owes it, in that same
 * transaction, to every active endpoint of the agencies involved and to the applicant on the channels they
 * chose ({@link CitizenNotifications}), and announces it to the officers' live views ({@link LiveTopics}). A
 * rolled-back change leaves nothing; a committed one leaves its event and its deliveries.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;
    @Inject
    CitizenNotifications citizens;
    @Inject
    LiveTopics live;

    /** {@code data} is the event's content; the body adds its type and moment (Standard Webhooks' shape). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long dossierId, String type, Collection<Long> agencyIds, JsonObject data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.dossierId = dossierId;
        event.type = type;
        event.createdAt = clock.now();
        event.payload = Json.createObjectBuilder().add("type", type).add("timestamp", event.createdAt.toString())
                .add("data", data).build().toString();
        event.persist();
        if (!agencyIds.isEmpty()) {
            em.createNativeQuery("""
                    insert into webhook_delivery (outbox_event_id, endpoint_id, dossier_id, status, next_attempt_at)
                    select :event, e.id, :dossier, 'PENDING', :now from webhook_endpoint e
                    where e.active and e.agency_id in :agencies""")
                    .setParameter("event", event.id).setParameter("dossier", dossierId)
                    .setParameter("now", event.createdAt).setParameter("agencies", agencyIds).executeUpdate();
        }
        citizens.owe(event);
        live.announce(em, LiveTopics.Topic.DOSSIER, event.payload);
    }
}
