package vn.motcua.dossier;

import org.eclipse.microprofile.graphql.Description;
import vn.motcua.catalogue.ApplicantType;

/** What an applicant's number is, and so who the applicant is: a person (Vietnamese or foreign) or an organisation. */
@Description("The document an applicant's idNumber comes from")
public enum IdentityDocument {
    @Description("Căn cước / personal identification number: 12 digits (an old 9-digit CMND is still accepted)")
    CITIZEN_ID("\\d{12}|\\d{9}", ApplicantType.CITIZEN),
    @Description("A foreigner's passport: 6 to 12 letters and digits, with the nationality")
    PASSPORT("[A-Z0-9]{6,12}", ApplicantType.CITIZEN),
    @Description("An enterprise or tax code (mã số doanh nghiệp): 10 digits, or 10-3 for a branch")
    ENTERPRISE_CODE("\\d{10}(-\\d{3})?", ApplicantType.ORGANISATION);

    private final String pattern;
    /** Who files with it, as the catalogue's procedures name who may. */
    public final ApplicantType applicantType;

    IdentityDocument(String pattern, ApplicantType applicantType) {
        this.pattern = pattern;
        this.applicantType = applicantType;
    }

    public boolean accepts(String number) {
        return number != null && number.matches(pattern);
    }
}
