package vn.motcua.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

@Entity
@Table(name = "field")
@Description("A field (lĩnh vực) of an agency's procedures")
public class Field extends NodeEntity implements Node {

    public static final String TYPE = "Field";

    @NonNull
    public String code;
    @NonNull
    public String name;
    @Ignore
    @Column(name = "agency_id")
    public Long agencyId;
    @NonNull
    public boolean demo;

    public static Optional<Field> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
