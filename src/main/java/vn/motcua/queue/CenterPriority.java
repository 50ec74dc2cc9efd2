package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.common.KeyedEntity;

/** A priority category a center offers, and who grants it. A center that set none offers all, at the kiosk. */
@Entity
@Table(name = "center_priority")
public class CenterPriority extends KeyedEntity {

    public Long centerId;
    @Enumerated(EnumType.STRING)
    public TicketPriority priority;
    @Enumerated(EnumType.STRING)
    public PriorityGrant grantedBy;
    public String setBy;
    public OffsetDateTime setAt;

    /** What a center offers: its own list, or every category at the kiosk. */
    public static List<PriorityCategory> offeredAt(long centerId) {
        List<CenterPriority> own = list("centerId = ?1 order by priority", centerId);
        return !own.isEmpty() ? own.stream().map(c -> new PriorityCategory(c.priority, c.grantedBy)).toList()
                : Arrays.stream(TicketPriority.values()).filter(p -> p != TicketPriority.NORMAL)
                        .map(p -> new PriorityCategory(p, PriorityGrant.KIOSK)).toList();
    }

    /** Who grants this category at the center; empty when it is not offered there. */
    public static Optional<PriorityGrant> grantOf(long centerId, TicketPriority priority) {
        return offeredAt(centerId).stream().filter(c -> c.priority() == priority).map(PriorityCategory::grantedBy)
                .findFirst();
    }
}
