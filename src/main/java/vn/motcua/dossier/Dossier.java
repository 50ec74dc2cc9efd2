package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.catalogue.Channel;
import vn.motcua.common.Node;
import vn.motcua.common.NodeEntity;

/**
 * A dossier (hồ sơ) filed for one version of a procedure. Its status moves only along
 * {@link DossierStatus#next()}, every move is appended to its processing log, and whether it is late
 * is derived from {@link #legalDueDate} by one SQL function, never stored (see {@link Timeliness}).
 */
@Entity
@Table(name = "dossier")
@Description("A dossier (hồ sơ): what an applicant filed, where it is, and when it is due")
public class Dossier extends NodeEntity implements Node {

    public static final String TYPE = "Dossier";

    @NonNull
    @Description("Printed on the receipt: <agency code>-<YYMMDD>-<NNNN>")
    // Never written after the insert. It must stay out of the updates: with a BEFORE UPDATE trigger on dossier
    // (V27), PostgreSQL locks the row FOR UPDATE when the statement sets a unique column, even to its own value,
    // and that lock waits on the KEY SHARE locks of concurrent writers of the dossier's events (deadlocks).
    @Column(updatable = false)
    public String code;
    @Ignore
    public Long centerId;
    @Ignore
    @Column(name = "return_center_id")
    public Long returnCenterId;
    @Ignore
    public Long procedureId;
    @Ignore
    public Long caseId;
    @NonNull
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @NonNull
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    @Ignore
    public Long currentAgencyId;
    @Ignore
    public String applicantName;
    @Ignore
    public String applicantIdNumber;
    @Ignore
    @Enumerated(EnumType.STRING)
    public IdentityDocument applicantIdKind;
    @Ignore
    public String applicantNationality;
    @Ignore
    public String applicantLegalRepresentative;
    @Ignore
    public String applicantPhone;
    @Ignore
    public String applicantEmail;
    @Ignore
    public String applicantAddress;
    @Ignore
    public String representativeName;
    @Ignore
    public String representativeIdNumber;
    @NonNull
    @Description("Documents handed in")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<@NonNull String> documents;
    @Ignore
    public String lookupSecretHash;
    public OffsetDateTime submittedAt;
    public OffsetDateTime receivedAt;
    @Description("The legal due date: receipt plus the processing time in working days plus the days waiting for"
            + " a supplement. Statistics and `overdue` judge by it; an apology letter never moves it.")
    public LocalDate legalDueDate;
    @Description("The date promised to the applicant (ngày hẹn trả): the legal due date unless an apology letter"
            + " promised a later one; every date is in appointmentHistory")
    public LocalDate appointmentDate;
    @Description("The legal due time, for procedures timed in working hours; legalDueDate is its day")
    public OffsetDateTime legalDueAt;
    @Description("The time promised, for procedures timed in working hours; appointmentDate is its day. An apology"
            + " letter promises a day, and clears it")
    public OffsetDateTime appointmentAt;
    @Description("When processing finished (result ready)")
    public OffsetDateTime finishedAt;
    public OffsetDateTime returnedAt;
    @Enumerated(EnumType.STRING)
    public ReturnMethod returnMethod;
    @Ignore
    public OffsetDateTime pausedAt;
    @NonNull
    @Description("How many times a supplement was requested; more than one counts as late")
    public int supplementCount;
    @Description("Financial obligation due, in đồng")
    public Long feeDueVnd;
    @Description("The applicant's rating, 1 to 5")
    public Integer rating;
    @Ignore
    public String ratingComment;
    @Ignore
    public OffsetDateTime ratedAt;
    @Ignore
    public boolean demo;
    @Ignore
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    @NonNull
    @Description("The national portal's status code, 1 to 10")
    public int getStatusCode() {
        return status.code;
    }

    public static Optional<Dossier> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
