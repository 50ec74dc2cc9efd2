package vn.motcua.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One line of a counter's work profile: a group it serves, with its preference (1 first). */
@Entity
@Table(name = "counter_profile")
@IdClass(CounterProfile.Key.class)
public class CounterProfile extends PanacheEntityBase {

    @Id
    public Long counterId;
    @Id
    public Long groupId;
    public int preference;

    /** The composite key, as JPA's id class. */
    public static class Key implements Serializable {
        public Long counterId;
        public Long groupId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(counterId, key.counterId)
                    && java.util.Objects.equals(groupId, key.groupId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(counterId, groupId);
        }
    }

    public static CounterProfile of(Long counterId, Long groupId, int preference) {
        CounterProfile line = new CounterProfile();
        line.counterId = counterId;
        line.groupId = groupId;
        line.preference = preference;
        return line;
    }
}
