package vn.motcua.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;
import vn.motcua.common.NotFoundException;

/**
 * A Public Administration Service Center (Trung tâm Phục vụ hành chính công) or one of its branches.
 * Since the 2025 merger one deployment serves several: counters, dossiers, tickets and statistics
 * belong to a center.
 */
@Entity
@Table(name = "center")
@Description("A public administration service center (Trung tâm Phục vụ hành chính công) or a branch of one")
public class Center extends NodeEntity implements Node {

    public static final String TYPE = "Center";

    @NonNull
    public String code;
    @NonNull
    public String name;
    @NonNull
    public String province;
    public String address;
    @Ignore
    @Column(name = "parent_id")
    public Long parentId;
    @NonNull
    @Enumerated(EnumType.STRING)
    public CenterTier tier = CenterTier.PROVINCIAL;
    @NonNull
    @Column(name = "receives_provincial")
    @Description("For a commune point: whether the province lets it receive provincial procedures on its behalf")
    public boolean receivesProvincial;
    @NonNull
    @Description("True for demo data that is not the real center's")
    public boolean demo;
    @Ignore
    @Column(name = "created_at")
    public java.time.OffsetDateTime createdAt;

    /**
     * Whether dossiers of this level are received here: a provincial center receives every level, a commune
     * point its commune's and, where the province allows it, provincial and central ones on its behalf.
     */
    public boolean receives(ProcedureLevel level) {
        return tier == CenterTier.PROVINCIAL || level == ProcedureLevel.COMMUNE || receivesProvincial;
    }

    public static Optional<Center> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The center a query names; an unknown code is a NOT_FOUND error. */
    public static Center require(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("No center with code " + code));
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
