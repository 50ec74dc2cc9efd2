package vn.motcua.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Agency;
import vn.motcua.center.Center;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.RandomCodes;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.service.DossierAccess;
import vn.motcua.dossier.service.DossierQueries;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAbout;
import vn.motcua.feedback.FeedbackView;
import vn.motcua.feedback.PublishedFeedback;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;
import vn.motcua.security.Reach;

/**
 * Feedback and complaints (phản ánh, kiến nghị). A feedback about a dossier goes to the agency holding it;
 * one about an officer or the center to the center's manager. It is due within a number of working days
 * ({@code motcua.feedback.answer-within-working-days}) and chased in the daily digest like dossiers. The
 * center may publish an answer, with the question rewritten without personal data. The filer follows it by
 * its code, which is random and never published.
 */
@ApplicationScoped
public class FeedbackService {

    private static final int CODE_LENGTH = 10;
    private static final int PAGE = 100;
    /** How much of a feedback's text the digest quotes. */
    private static final int EXCERPT = 80;

    @Inject
    Caller caller;
    @Inject
    CallerScope scope;
    @Inject
    CenterClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    FeedbackConfig config;
    @Inject
    DossierAccess dossiers;
    @Inject
    DossierQueries dossierQueries;
    @Inject
    BatchLoader batch;

    @Transactional
    public FeedbackView submit(FeedbackCommands.Submit command) {
        Validation v = new Validation();
        v.notBlank(command.text(), "input.text");
        boolean signedIn = scope.citizenId().isPresent();
        v.require(signedIn || notBlank(command.contactName()) && (notBlank(command.contactPhone())
                || notBlank(command.contactEmail())), "input.contactName", ErrorCode.INVALID,
                "Leave your name and a phone number or e-mail, so that the answer can reach you");
        v.require(command.about() != FeedbackAbout.DOSSIER || command.dossierCode() != null, "input.dossierCode",
                ErrorCode.INVALID, "Name the dossier the feedback is about");
        v.require(command.about() == FeedbackAbout.DOSSIER || command.centerCode() != null, "input.centerCode",
                ErrorCode.INVALID, "Name the center the feedback is about");
        v.require(command.about() == FeedbackAbout.OFFICER || command.officerName() == null, "input.officerName",
                ErrorCode.INVALID, "Only a feedback about an officer names one");
        v.throwIfInvalid();

        Feedback f = new Feedback();
        f.about = command.about();
        if (command.about() == FeedbackAbout.DOSSIER) {
            Dossier d = dossierNamed(command).orElseThrow(() -> new UserErrorException("input.dossierCode",
                    ErrorCode.NOT_FOUND, "No dossier matches this code" + (signedIn ? " among yours" : " and secret")));
            f.dossierId = d.id;
            f.centerId = d.centerId;
            f.agencyId = d.currentAgencyId;
        } else {
            f.centerId = Center.findByCode(command.centerCode()).orElseThrow(() -> new UserErrorException(
                    "input.centerCode", ErrorCode.NOT_FOUND, "No center " + command.centerCode())).id;
            f.officerName = trimmed(command.officerName());
        }
        f.code = RandomCodes.of(CODE_LENGTH);
        f.citizenId = scope.citizenId().orElse(null);
        f.contactName = trimmed(command.contactName());
        f.contactPhone = trimmed(command.contactPhone());
        f.contactEmail = trimmed(command.contactEmail());
        f.text = command.text().trim();
        f.receivedAt = clock.now();
        f.dueDate = calendar.addWorkingDays(clock.today(), config.answerWithinWorkingDays());
        f.persist();
        return view(f);
    }

    /** The filer's view, by the code they were given: the code is the key, like a receipt's secret. */
    public FeedbackView byCode(String code) {
        return Feedback.findByCode(code).map(this::view)
                .orElseThrow(() -> new NotFoundException("No feedback " + code));
    }

    /**
     * The feedback the caller answers: their agency's, or every one of their center for its manager; those
     * unanswered first, by due day.
     */
    public List<FeedbackView> toAnswer(String centerCode, Boolean answered) {
        List<String> reached = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Set<Reach> reach = caller.reach(Operation.FEEDBACKS);
        if (reach.contains(Reach.CENTER) && !scope.centerIds().isEmpty()) {
            reached.add("f.centerId in :centers");
            params.put("centers", scope.centerIds());
        }
        if (reach.contains(Reach.AGENCY) && scope.agencyId().isPresent()) {
            reached.add("f.agencyId = :agency");
            params.put("agency", scope.agencyId().get());
        }
        if (reached.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("(" + String.join(" or ", reached) + ")");
        Optional.ofNullable(centerCode).ifPresent(code -> {
            where.append(" and f.centerId = :center");
            params.put("center", Center.findByCode(code).map(c -> c.id).orElse(-1L));
        });
        if (answered != null) {
            where.append(answered ? " and f.answeredAt is not null" : " and f.answeredAt is null");
        }
        List<Feedback> page = Feedback.<Feedback>find("from Feedback f where " + where
                + " order by case when f.answeredAt is null then 0 else 1 end, f.dueDate, f.id", params)
                .page(0, PAGE).list();
        // the dossiers they name, in one statement for the page rather than one each
        List<Dossier> named = batch.byIds(Dossier.class, page.stream().map(f -> f.dossierId).toList(), d -> d.id);
        return IntStream.range(0, page.size())
                .mapToObj(i -> view(page.get(i), Optional.ofNullable(named.get(i)).map(d -> d.code).orElse(null)))
                .toList();
    }

    /** Answers a feedback the caller reaches; a second answer replaces the first until it is published. */
    @Transactional
    public FeedbackView answer(FeedbackCommands.Answer command) {
        requireText(command.answer(), "input.answer");
        Feedback f = reached(Operation.ANSWER_FEEDBACK, command.code());
        if (f.publishedAt != null) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_STATE, "A published answer is not changed");
        }
        f.answer = command.answer().trim();
        f.answeredAt = clock.now();
        f.answeredBy = caller.name();
        return view(f);
    }

    /** Publishes an answered feedback of the manager's center, with the question as the center rewrote it. */
    @Transactional
    public FeedbackView publish(FeedbackCommands.Publish command) {
        requireText(command.publicQuestion(), "input.publicQuestion");
        Feedback f = reached(Operation.PUBLISH_FEEDBACK, command.code());
        if (f.answeredAt == null) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_STATE, "Answer the feedback before publishing it");
        }
        f.publicQuestion = command.publicQuestion().trim();
        f.publishedAt = clock.now();
        return view(f);
    }

    /** What a center published, the latest first: nothing of who asked, nor of which dossier. */
    public List<PublishedFeedback> published(String centerCode, int first) {
        Center center = Center.require(centerCode);
        return Feedback.<Feedback>find("centerId = ?1 and publishedAt is not null order by publishedAt desc, id desc",
                center.id).page(0, first).list().stream().map(f -> new PublishedFeedback(f.about, center.code,
                        f.agencyId == null ? null : Agency.<Agency>findById(f.agencyId).name, f.publicQuestion,
                        f.answer, f.answeredAt, f.publishedAt)).toList();
    }

    /** An unanswered feedback, as the daily digest chases it: no code (the filer's key) and no contact. */
    public record Unanswered(LocalDate dueDate, Long agencyId, FeedbackAbout about, String excerpt, boolean overdue) {
    }

    /** A center's unanswered feedback due by {@code dueBy}, the overdue ones included, by due day. */
    public List<Unanswered> unansweredDueBy(long centerId, LocalDate dueBy) {
        LocalDate today = clock.today();
        return Feedback.<Feedback>list("centerId = ?1 and answeredAt is null and dueDate <= ?2 order by dueDate, id",
                centerId, dueBy).stream().map(f -> new Unanswered(f.dueDate, f.agencyId, f.about,
                        f.text.length() <= EXCERPT ? f.text : f.text.substring(0, EXCERPT) + "…", f.overdueOn(today)))
                .toList();
    }

    private Optional<Dossier> dossierNamed(FeedbackCommands.Submit command) {
        if (command.dossierSecret() != null) {
            return dossierQueries.byReceipt(command.dossierCode(), command.dossierSecret(), command.clientAddress());
        }
        return dossiers.byCode(Operation.DOSSIER, command.dossierCode());
    }

    /** A feedback the operation reaches for the caller, locked; one out of reach answers as unknown. */
    private Feedback reached(Operation operation, String code) {
        Set<Reach> reach = caller.reach(operation);
        Feedback f = Feedback.findByCode(code).filter(found -> reach.contains(Reach.CENTER)
                && scope.reachesCenter(found.centerId) || reach.contains(Reach.AGENCY) && scope.holdsAgency(found.agencyId))
                .orElseThrow(() -> new UserErrorException("input.code", ErrorCode.NOT_FOUND, "No feedback " + code));
        // re-read under the lock, so that an answer and a publication of the same feedback are serialised
        Feedback.getEntityManager().refresh(f, LockModeType.PESSIMISTIC_WRITE);
        return f;
    }

    private FeedbackView view(Feedback f) {
        return view(f, f.dossierId == null ? null : Dossier.<Dossier>findById(f.dossierId).code);
    }

    private FeedbackView view(Feedback f, String dossierCode) {
        return new FeedbackView(f.code, f.about, f.status(), Center.<Center>findById(f.centerId).code,
                f.agencyId == null ? null : Agency.<Agency>findById(f.agencyId).code, dossierCode, f.officerName, f.text,
                f.contactName, f.contactPhone, f.contactEmail, f.receivedAt, f.dueDate, f.overdueOn(clock.today()),
                f.answer, f.answeredAt, f.publishedAt != null);
    }

    private static void requireText(String text, String field) {
        new Validation().notBlank(text, field).throwIfInvalid();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String trimmed(String text) {
        return notBlank(text) ? text.trim() : null;
    }
}
