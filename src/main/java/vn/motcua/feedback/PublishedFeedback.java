package vn.motcua.feedback;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PublishedFeedback")
@Description("A feedback and its answer as the center published them: no names, contacts, codes or dossiers")
public record PublishedFeedback(@NonNull FeedbackAbout about, @NonNull String centerCode,
        @Description("The agency that answered; null for the center") String agencyName,
        @NonNull @Description("The question as the center rewrote it for publication") String question,
        @NonNull String answer, @NonNull OffsetDateTime answeredAt, @NonNull OffsetDateTime publishedAt) {
}
