package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

@Entity
@Table(name = "agency")
@Description("An implementing agency (cơ quan): a provincial department or a vertically managed agency")
public class Agency extends NodeEntity implements Node {

    public static final String TYPE = "Agency";

    @NonNull
    public String code;
    @NonNull
    public String name;
    @NonNull
    @Enumerated(EnumType.STRING)
    public AgencyKind kind;
    @NonNull
    public boolean demo;

    public static Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
