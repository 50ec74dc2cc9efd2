package vn.motcua.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

/** One line of the processing log (quá trình xử lý). Append-only: the database refuses updates. */
@Entity
@Immutable
@Table(name = "dossier_event")
@Description("One step of a dossier's processing log")
public class DossierEvent extends DossierRecord {

    @NonNull
    public OffsetDateTime at;
    @NonNull
    @Enumerated(EnumType.STRING)
    public DossierAction action;
    @Enumerated(EnumType.STRING)
    public DossierStatus fromStatus;
    @NonNull
    @Enumerated(EnumType.STRING)
    public DossierStatus toStatus;
    @Ignore
    public Long fromAgencyId;
    @Ignore
    public Long toAgencyId;
    @Description("Who acted: a user or a partner's client id")
    public String actor;
    public String actorRole;
    @Description("Deadline of this step, if any")
    public LocalDate stepDeadline;
    public String note;
    @Ignore
    public boolean publicNote;
}
