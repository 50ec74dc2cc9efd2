package vn.motcua.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.motcua.common.KeyedEntity;

/** One event owed to one endpoint: pending until delivered, dead after the retries run out. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends KeyedEntity {

    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    public Long outboxEventId;
    public Long endpointId;
    public Long dossierId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public String lastError;
    public OffsetDateTime deliveredAt;
}
