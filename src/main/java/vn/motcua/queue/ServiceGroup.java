package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

@Entity
@Table(name = "service_group")
@Description("A queue of the center: tickets are numbered per group and day (A001, A002, ...)")
public class ServiceGroup extends NodeEntity implements Node {

    public static final String TYPE = "ServiceGroup";

    @Ignore
    public Long centerId;
    @NonNull
    public String code;
    @NonNull
    public String name;
    @Description("The length of a booked visit's slot, in minutes; null when the group takes no bookings")
    public Integer slotMinutes;

    public static Optional<ServiceGroup> find(Long centerId, String code) {
        return find("centerId = ?1 and code = ?2", centerId, code).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
