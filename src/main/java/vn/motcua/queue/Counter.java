package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

@Entity
@Table(name = "counter")
@Description("A service counter (quầy giao dịch) and who is signed in to it")
public class Counter extends NodeEntity implements Node {

    public static final String TYPE = "Counter";

    @Ignore
    public Long centerId;
    @NonNull
    public String code;
    @NonNull
    public String name;
    @NonNull
    @Enumerated(EnumType.STRING)
    public CounterStatus status;
    /** The officer signed in, while the counter is open or on a break; shown only within the center's reach. */
    @Ignore
    public String officer;
    public OffsetDateTime openedAt;
    @Ignore
    @Version
    public int rowVersion;

    public static Optional<Counter> find(Long centerId, String code) {
        return find("centerId = ?1 and code = ?2", centerId, code).firstResultOptional();
    }

    /** A center's counter by the two codes, in one statement; under a lock, its state is read under it too. */
    public static Optional<Counter> find(String centerCode, String code, LockModeType lock) {
        return find("code = ?1 and centerId = (select ce.id from Center ce where ce.code = ?2)", code, centerCode)
                .withLock(lock).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
