package vn.motcua.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A change of a dossier as its receivers see it; {@link #eventId} is what they de-duplicate by. */
@Entity
@Immutable
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID eventId;
    public Long dossierId;
    public String type;
    /** The JSON body delivered, exactly. */
    public String payload;
    public OffsetDateTime createdAt;
}
