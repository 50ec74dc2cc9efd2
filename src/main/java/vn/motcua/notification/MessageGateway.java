package vn.motcua.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.common.KeyedEntity;

/**
 * A center's SMS or Zalo gateway: the HTTP endpoint that takes its messages to citizens' phones, and the
 * bearer token it expects.
 */
@Entity
@Table(name = "message_gateway")
public class MessageGateway extends KeyedEntity {

    public Long centerId;
    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;
    public String url;
    public String token;
    public String setBy;
    public OffsetDateTime setAt;

    public static Optional<MessageGateway> of(long centerId, NotificationChannel channel) {
        return find("centerId = ?1 and channel = ?2", centerId, channel).firstResultOptional();
    }
}
