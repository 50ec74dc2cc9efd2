package vn.motcua.notification;

import jakarta.json.JsonObject;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.motcua.common.JsonText;
import vn.motcua.common.KeyedEntity;

/** A change of a dossier as its receivers see it; {@link #eventId} is what they de-duplicate by. */
@Entity
@Immutable
@Table(name = "outbox_event")
public class OutboxEvent extends KeyedEntity {

    public UUID eventId;
    public Long dossierId;
    public String type;
    /** The JSON body delivered, exactly. */
    public String payload;
    public OffsetDateTime createdAt;

    /** What happened, from a payload as {@code Outbox} writes it: {@code {type, timestamp, data}}. */
    public static JsonObject dataOf(String payload) {
        return JsonText.object(payload).getJsonObject("data");
    }
}
