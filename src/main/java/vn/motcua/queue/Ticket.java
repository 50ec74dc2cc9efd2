package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

@Entity
@Table(name = "ticket")
@Description("A queue ticket (số thứ tự)")
public class Ticket extends NodeEntity implements Node {

    public static final String TYPE = "Ticket";

    @Ignore
    public Long centerId;
    @Ignore
    public Long groupId;
    @NonNull
    public LocalDate day;
    @Ignore
    public int seq;
    @NonNull
    @Description("What the display board shows, e.g. A001")
    public String number;
    @NonNull
    @Enumerated(EnumType.STRING)
    public TicketPriority priority;
    @Enumerated(EnumType.STRING)
    @Description("A priority asked for at the kiosk that an officer has yet to confirm; until then NORMAL")
    public TicketPriority requestedPriority;
    @NonNull
    @Enumerated(EnumType.STRING)
    public TicketChannel channel;
    @Ignore
    public String citizenId;
    @NonNull
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    @Ignore
    public OffsetDateTime queuedAt;
    @NonNull
    public OffsetDateTime takenAt;
    @Ignore
    public Long counterId;
    @Ignore
    public Long targetCounterId;
    public OffsetDateTime calledAt;
    public OffsetDateTime servingAt;
    public OffsetDateTime finishedAt;
    @NonNull
    public int recalls;
    @Ignore
    public Long dossierId;
    @Ignore
    public Long procedureId;
    @Description("For a booked visit: when its slot began; from then it goes before the walk-ins of its group")
    public OffsetDateTime bookedSlotStart;
    @Ignore
    @Version
    public int rowVersion;

    /** A ticket of one center and day by its number (numbers are unique per center and day). */
    public static Optional<Ticket> findOfDay(Long centerId, LocalDate day, String number) {
        return find("centerId = ?1 and day = ?2 and number = ?3", centerId, day, number).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
