package vn.motcua.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** An agency whose procedures a service group takes tickets for. */
@Entity
@Table(name = "service_group_agency")
@IdClass(ServiceGroupAgency.Key.class)
public class ServiceGroupAgency extends PanacheEntityBase {

    @Id
    public Long groupId;
    @Id
    public Long agencyId;

    /** The composite key, as JPA's id class. */
    public static class Key implements Serializable {
        public Long groupId;
        public Long agencyId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(groupId, key.groupId)
                    && java.util.Objects.equals(agencyId, key.agencyId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(groupId, agencyId);
        }
    }

    public static ServiceGroupAgency of(Long groupId, Long agencyId) {
        ServiceGroupAgency link = new ServiceGroupAgency();
        link.groupId = groupId;
        link.agencyId = agencyId;
        return link;
    }

    /** The first group (by code) of a center that serves an agency. */
    public static java.util.Optional<ServiceGroup> firstGroupFor(Long centerId, Long agencyId) {
        List<ServiceGroup> groups = ServiceGroup.find("centerId = ?1 and id in (select l.groupId from"
                + " ServiceGroupAgency l where l.agencyId = ?2) order by code", centerId, agencyId).page(0, 1).list();
        return groups.stream().findFirst();
    }
}
