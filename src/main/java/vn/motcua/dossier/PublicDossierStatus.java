package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What anyone holding the receipt may see of a dossier: no personal data. */
@Type("PublicDossierStatus")
@Description("What anyone holding the receipt may see: no personal data")
public record PublicDossierStatus(@NonNull String code, @NonNull DossierStatus status, @NonNull Integer statusCode,
        @NonNull String procedureName, @NonNull String currentAgencyName, OffsetDateTime receivedAt,
        @Description("The date promised to the applicant; an apology letter may have moved it") LocalDate appointmentDate,
        @Description("The time promised, for procedures timed in working hours") OffsetDateTime appointmentAt,
        @Description("The legal due date the statistics judge by") LocalDate legalDueDate,
        @NonNull @Description("Past the legal due date (late if finished)") Boolean overdue,
        @NonNull Timeliness timeliness, OffsetDateTime finishedAt,
        @NonNull List<@NonNull PublicDossierEvent> history) {

    @Type("PublicDossierEvent")
    public record PublicDossierEvent(@NonNull OffsetDateTime at, @NonNull DossierAction action,
            @NonNull DossierStatus status, String agencyName) {
    }
}
