package vn.motcua.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One message owed to a citizen about one event, on one channel, and what became of it. */
@Entity
@Table(name = "citizen_message")
public class CitizenMessage extends PanacheEntityBase {

    public enum Status {
        PENDING, SENT, FAILED, SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
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
