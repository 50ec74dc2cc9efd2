package vn.motcua.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.motcua.common.KeyedEntity;

/** One message owed to a citizen about one event, on one channel, and what became of it. */
@Entity
@Table(name = "citizen_message")
public class CitizenMessage extends KeyedEntity {

    public enum Status {
        PENDING, SENT, FAILED, SKIPPED
    }

    public Long outboxEventId;
    public Long dossierId;
    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    /** Why it failed or was skipped, or how it went out. */
    public String reason;
    public OffsetDateTime sentAt;
}
