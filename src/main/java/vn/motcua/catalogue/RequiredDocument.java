package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "required_document")
@Description("A document the applicant hands in (thành phần hồ sơ)")
public class RequiredDocument extends ProcedurePart {

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
    @Description("The case variant (its position) that asks for this document; null: every case")
    public Integer casePosition;
}
