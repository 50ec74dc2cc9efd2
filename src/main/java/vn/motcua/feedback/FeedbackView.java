package vn.motcua.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Feedback")
@Description("A feedback or complaint (phản ánh, kiến nghị), as its filer and the officers answering it see it")
public record FeedbackView(@NonNull @Description("The filer's key to follow it; never published") String code,
        @NonNull FeedbackAbout about, @NonNull FeedbackStatus status, @NonNull String centerCode,
        @Description("The agency that answers; null when the center's manager does") String agencyCode,
        String dossierCode, String officerName, @NonNull String text, String contactName, String contactPhone,
        String contactEmail, @NonNull OffsetDateTime receivedAt,
        @NonNull @Description("The answer is due by this day (working days from receipt)") LocalDate dueDate,
        @NonNull @Description("Not answered and past its due day") Boolean overdue, String answer,
        OffsetDateTime answeredAt, @NonNull Boolean published) {
}
