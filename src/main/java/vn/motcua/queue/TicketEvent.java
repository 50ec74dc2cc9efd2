package vn.motcua.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "ticket_event")
public class TicketEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    public Long ticketId;
    @NonNull
    public OffsetDateTime at;
    @NonNull
    @Enumerated(EnumType.STRING)
    public TicketAction action;
    @NonNull
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    @Ignore
    public Long counterId;
    @Ignore
    public String actor;
}
