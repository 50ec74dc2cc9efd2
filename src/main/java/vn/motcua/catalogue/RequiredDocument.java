package vn.motcua.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "required_document")
@Description("A document the applicant hands in (thành phần hồ sơ)")
public class RequiredDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    @Column(name = "procedure_id")
    public Long procedureId;
    @NonNull
    public int position;
    @NonNull
    public String name;
    @NonNull
    @Description("Number of originals (bản chính)")
    public int originals;
    @NonNull
    @Description("Number of copies (bản sao)")
    public int copies;
    @Description("Where to download the form template, if there is one")
    public String templateUrl;
}
