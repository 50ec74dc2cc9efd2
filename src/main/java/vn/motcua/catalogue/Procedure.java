package vn.motcua.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;
import vn.motcua.document.FileType;

/**
 * One version of an administrative procedure (thủ tục hành chính). Versions are never edited once
 * published: a change publishes a new version, and dossiers keep the version they were received under.
 */
@Entity
@Table(name = "procedure")
@Description("One version of an administrative procedure (thủ tục hành chính)")
public class Procedure extends NodeEntity implements Node {

    public static final String TYPE = "Procedure";

    @NonNull
    @Description("National code (mã TTHC), e.g. 1.000948; local variants may add a suffix")
    public String code;
    @NonNull
    public int version;
    @NonNull
    @Enumerated(EnumType.STRING)
    public ProcedureStatus status;
    @NonNull
    public String name;
    @Ignore
    @Column(name = "search_text")
    public String searchText;
    @Ignore
    @Column(name = "agency_id")
    public Long agencyId;
    @Ignore
    @Column(name = "field_id")
    public Long fieldId;
    @NonNull
    @Enumerated(EnumType.STRING)
    public ProcedureLevel level;
    @Ignore
    @Column(name = "for_citizens")
    public boolean forCitizens;
    @Ignore
    @Column(name = "for_organisations")
    public boolean forOrganisations;
    @Description("Steps of the procedure (trình tự thực hiện)")
    public String steps;
    @Description("Conditions the applicant must meet (điều kiện thực hiện)")
    public String conditions;
    @Description("Legal basis (căn cứ pháp lý)")
    public String legalBasis;
    @Description("What the applicant receives (kết quả thực hiện)")
    public String resultType;
    @NonNull
    @Enumerated(EnumType.STRING)
    public OnlineLevel onlineLevel;
    @Description("The decision that published this version (quyết định công bố)")
    public String publicationDecision;
    public LocalDate effectiveFrom;
    public LocalDate effectiveTo;
    @NonNull
    @Description("False for procedures settled on the spot, with no appointment date")
    public boolean hasAppointment;
    @NonNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "accepted_file_types")
    @Description("The file types its papers may be, judged by their content")
    public List<@NonNull FileType> acceptedFileTypes = new ArrayList<>(List.of(FileType.values()));
    @NonNull
    @Description("True for generated demo data")
    public boolean demo;
    @Ignore
    public OffsetDateTime createdAt;
    public OffsetDateTime publishedAt;
    @Ignore
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    @NonNull
    @Description("Who may apply")
    public List<@NonNull ApplicantType> getApplicantTypes() {
        List<ApplicantType> types = new ArrayList<>(2);
        if (forCitizens) {
            types.add(ApplicantType.CITIZEN);
        }
        if (forOrganisations) {
            types.add(ApplicantType.ORGANISATION);
        }
        return types;
    }

    /** Whether a paper of this type may be attached to a dossier of this procedure. */
    public boolean accepts(FileType type) {
        return acceptedFileTypes.contains(type);
    }

    /** Whether this version is filed on {@code day} (the catalogue's day, UTC), by its status and effective dates. */
    public ProcedureAvailability availabilityOn(LocalDate day) {
        if (status == ProcedureStatus.DRAFT) {
            return ProcedureAvailability.UPCOMING;
        }
        if (effectiveTo != null && day.isAfter(effectiveTo)) {
            return ProcedureAvailability.ENDED;
        }
        if (status == ProcedureStatus.PUBLISHED) {
            return effectiveFrom != null && day.isBefore(effectiveFrom) ? ProcedureAvailability.UPCOMING
                    : ProcedureAvailability.IN_EFFECT;
        }
        // a superseded version stays in effect until its successor takes effect
        return status == ProcedureStatus.SUPERSEDED && effectiveTo != null ? ProcedureAvailability.IN_EFFECT
                : ProcedureAvailability.ENDED;
    }

    /**
     * The version of a code that is filed on {@code day}: the published one once in effect, else the one it
     * supersedes until then.
     */
    public static Optional<Procedure> findInEffect(String code, LocalDate day) {
        return Procedure.<Procedure>list("code = ?1 and status in ?2 order by version desc", code,
                List.of(ProcedureStatus.PUBLISHED, ProcedureStatus.SUPERSEDED)).stream()
                .filter(p -> p.availabilityOn(day) == ProcedureAvailability.IN_EFFECT).findFirst();
    }

    public static Optional<Procedure> findPublished(String code) {
        return find("code = ?1 and status = ?2", code, ProcedureStatus.PUBLISHED).firstResultOptional();
    }

    public static Optional<Procedure> findVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    public static Optional<Procedure> findLatestVersion(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
