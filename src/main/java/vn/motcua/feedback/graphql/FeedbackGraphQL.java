package vn.motcua.feedback.graphql;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.Page;
import vn.motcua.common.UserError;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.feedback.FeedbackAbout;
import vn.motcua.feedback.FeedbackView;
import vn.motcua.feedback.PublishedFeedback;
import vn.motcua.feedback.service.FeedbackCommands;
import vn.motcua.feedback.service.FeedbackService;
import vn.motcua.security.Roles;

/** Feedback and complaints (phản ánh, kiến nghị): filed by anyone, answered by officers, published by the center. */
@GraphQLApi
@CodedErrors
public class FeedbackGraphQL {

    @Inject
    FeedbackService feedback;
    @Inject
    CurrentVertxRequest request;

    @Mutation
    @PermitAll
    @Description("Files a feedback: signed in, or anonymous with a name and a phone or e-mail. About a dossier, it"
            + " names the dossier as its applicant does (signed in, or with the receipt's secret) and goes to the"
            + " agency holding it; about an officer or the center, to the center's manager. Keep the code it answers")
    public @NonNull FeedbackPayload submitFeedback(@NonNull @Valid SubmitFeedbackInput input) {
        String address = request.getCurrent().request().remoteAddress().hostAddress();
        return Mutations.run(() -> new FeedbackPayload(feedback.submit(input.toCommand(address)), List.of()),
                errors -> new FeedbackPayload(null, errors));
    }

    @Query("feedback")
    @PermitAll
    @Description("A feedback by the code its filer was given")
    public @NonNull FeedbackView feedbackByCode(@NonNull @Size(max = Bounds.RANDOM_CODE) String code) {
        return feedback.byCode(code);
    }

    @Query
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.CENTER_MANAGER })
    @Description("The feedback the caller answers (their agency's, or their center's for its manager), unanswered"
            + " first by due day")
    public @NonNull List<@NonNull FeedbackView> feedbacks(@Size(max = Bounds.CODE) String centerCode, Boolean answered) {
        return feedback.toAnswer(centerCode, answered);
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.CENTER_MANAGER })
    @Description("Answers a feedback the caller's agency or center answers")
    public @NonNull FeedbackPayload answerFeedback(@NonNull @Valid AnswerFeedbackInput input) {
        return Mutations.run(() -> new FeedbackPayload(feedback.answer(new FeedbackCommands.Answer(input.code(),
                input.answer())), List.of()), errors -> new FeedbackPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CENTER_MANAGER)
    @Description("Publishes an answered feedback of the manager's center, with the question rewritten without"
            + " personal data")
    public @NonNull FeedbackPayload publishFeedback(@NonNull @Valid PublishFeedbackInput input) {
        return Mutations.run(() -> new FeedbackPayload(feedback.publish(new FeedbackCommands.Publish(input.code(),
                input.publicQuestion())), List.of()), errors -> new FeedbackPayload(null, errors));
    }

    @Query
    @PermitAll
    @Description("The answers a center published, the latest first")
    public @NonNull List<@NonNull PublishedFeedback> publishedFeedback(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @DefaultValue("20") @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer first) {
        return feedback.published(centerCode, first);
    }

    @Type("FeedbackPayload")
    public record FeedbackPayload(FeedbackView feedback, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Input("SubmitFeedbackInput")
    public record SubmitFeedbackInput(@Size(max = Bounds.CODE) @Description("The center, unless it is about a dossier")
            String centerCode, @NonNull FeedbackAbout about,
            @Size(max = Bounds.DOSSIER_CODE) String dossierCode,
            @Size(max = Bounds.LOOKUP_SECRET) @Description("The receipt's secret, when not signed in as the applicant")
            String dossierSecret,
            @Size(max = Bounds.NAME) String officerName,
            @NonNull @Size(max = Bounds.FEEDBACK_TEXT) String text,
            @Size(max = Bounds.NAME) String contactName, @Size(max = Bounds.PHONE) String contactPhone,
            @Size(max = Bounds.EMAIL) String contactEmail) {

        FeedbackCommands.Submit toCommand(String clientAddress) {
            return new FeedbackCommands.Submit(centerCode, about, dossierCode, dossierSecret, officerName, text,
                    contactName, contactPhone, contactEmail, clientAddress);
        }
    }

    @Input("AnswerFeedbackInput")
    public record AnswerFeedbackInput(@NonNull @Size(max = Bounds.RANDOM_CODE) String code,
            @NonNull @Size(max = Bounds.FEEDBACK_TEXT) String answer) {
    }

    @Input("PublishFeedbackInput")
    public record PublishFeedbackInput(@NonNull @Size(max = Bounds.RANDOM_CODE) String code,
            @NonNull @Size(max = Bounds.FEEDBACK_TEXT) String publicQuestion) {
    }
}
