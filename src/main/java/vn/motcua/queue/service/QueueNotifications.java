package vn.motcua.queue.service;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.common.live.LiveTopics;
import vn.motcua.queue.TicketAction;

/** The queue's changes as live views hear them, from every instance ({@link LiveTopics}). */
@ApplicationScoped
public class QueueNotifications {

    public record QueueEvent(long centerId, long ticketId, String action) {
    }

    @Inject
    LiveTopics live;

    public Multi<QueueEvent> events() {
        return live.heard(LiveTopics.Topic.QUEUE).map(payload -> {
            String[] parts = payload.split(":", 3);
            return new QueueEvent(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        });
    }

    /** Heard by every instance when the current transaction commits. */
    void announce(EntityManager em, long centerId, long ticketId, TicketAction action) {
        live.announce(em, LiveTopics.Topic.QUEUE, centerId + ":" + ticketId + ":" + action);
    }
}
