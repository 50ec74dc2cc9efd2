package vn.motcua.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import vn.motcua.common.KeyedEntity;

/**
 * A file attached to a dossier, in the step of its processing log where it was handed in. Never
 * rewritten (the database refuses it): a corrected file is a new one that names what it replaces.
 */
@Entity
@Immutable
@Table(name = "dossier_file")
public class DossierFile extends KeyedEntity {

    public Long dossierId;
    public Long storedFileId;
    @Enumerated(EnumType.STRING)
    public FilePurpose purpose;
    /** The procedure's required document (its position) this file satisfies, if it is one of them. */
    public Integer documentPosition;
    /** The processing log's latest step when the file was attached. */
    public Long eventId;
    public Long replacesId;
    public String attachedBy;
    public String attachedByRole;
    public OffsetDateTime attachedAt;
    public Long issuingAgencyId;
    public String decisionNumber;
    public LocalDate decisionDate;
}
