package vn.motcua.chasing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Agency;
import vn.motcua.center.Center;
import vn.motcua.chasing.DigestConfig;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.service.DossierTimeliness;
import vn.motcua.feedback.service.FeedbackService;
import vn.motcua.notification.service.DueDeliveries;
import vn.motcua.notification.service.Emails;
import vn.motcua.notification.service.OutboxWorker;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/**
 * The daily digest: from the configured local time, each center that has recipients gets, once a day, an
 * e-mail to each agency's contact listing the center's dossiers that agency holds which are late or fall
 * due within N working days, and one to the center's manager with the figures per agency and the dossiers
 * late by M working days or more (the escalation). Late is {@code dossier_timeliness}'s OVERDUE, the one
 * definition the work lists and statistics use.
 *
 * <p>Once a day across replicas: an instance builds a recipient's digest while holding the recipient's row
 * (the others skip it), and the digest's key (center, day, recipient) refuses a second one. The e-mails are
 * then delivered like the outbox's, each taken by one instance. A recipient added later in the day gets
 * that day's digest at once.
 */
@ApplicationScoped
public class DailyDigest implements DueDeliveries {

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;
    @Inject
    DigestConfig config;
    @Inject
    WorkingCalendar calendar;
    @Inject
    OutboxWorker worker;
    @Inject
    Emails emails;
    @Inject
    CallerScope scope;
    @Inject
    FeedbackService feedback;
    @Inject
    Caller caller;

    /** Enough to refuse what is plainly not an address; the mail server judges the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** One dossier of the digest. */
    record Listed(String code, LocalDate legalDueDate, long agencyId, String agencyName, boolean late) {
    }

    @Override
    public boolean deliverNext() {
        return buildNextDue() || sendNext();
    }

    /** Builds today's digest of one recipient that has none yet, once the hour has come. */
    boolean buildNextDue() {
        if (clock.now().atZoneSameInstant(clock.zone()).toLocalTime().isBefore(config.at())) {
            return false;
        }
        LocalDate today = clock.today();
        return QuarkusTransaction.requiringNew().call(() -> {
            // the recipient's row stays locked while this instance builds: another one skips it
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("""
                    select r.center_id, c.name, r.email, a.id, a.name from digest_recipient r
                    join center c on c.id = r.center_id left join agency a on a.id = r.agency_id
                    where not exists (select 1 from digest_message m where m.center_id = r.center_id
                                      and m.day = :today and m.recipient = r.email)
                    order by r.id limit 1 for update of r skip locked""").setParameter("today", today).getResultList();
            if (due.isEmpty()) {
                return false;
            }
            Object[] recipient = due.get(0);
            long centerId = ((Number) recipient[0]).longValue();
            List<Listed> open = openFallingDue(centerId, today);
            String day = CenterClock.DAY_AS_WRITTEN.format(today);
            Long agencyId = recipient[3] == null ? null : ((Number) recipient[3]).longValue();
            String[] text = agencyId == null ? forManager((String) recipient[1], day, open, today)
                    : forAgency((String) recipient[1], agencyId, (String) recipient[4], day, open);
            text[1] = text[1] + unansweredFeedback(centerId, agencyId, today);
            em.createNativeQuery("""
                    insert into digest_message (center_id, day, recipient, subject, body, status, next_attempt_at)
                    values (:c, :d, :to, :subject, :body, 'PENDING', :now) on conflict do nothing""")
                    .setParameter("c", centerId).setParameter("d", today).setParameter("to", recipient[2])
                    .setParameter("subject", text[0]).setParameter("body", text[1]).setParameter("now", clock.now())
                    .executeUpdate();
            return true;
        });
    }

    /** The center's dossiers in progress whose legal due date has passed or falls within N working days. */
    private List<Listed> openFallingDue(long centerId, LocalDate today) {
        List<Tuple> rows = em.createNativeQuery("select d.code as code, d.legal_due_date as due,"
                + " a.id as agency_id, a.name as agency, " + DossierTimeliness.SQL + " as timeliness"
                + " from dossier d join agency a on a.id = d.current_agency_id"
                + " where d.center_id = :c and d.finished_at is null and d.status not in (:closed)"
                + " and d.legal_due_date <= :dueBy order by d.legal_due_date, d.id", Tuple.class)
                .setParameter("c", centerId)
                .setParameter("closed", Arrays.stream(DossierStatus.values()).filter(DossierStatus::isClosedWithoutResult)
                        .map(Enum::name).toList())
                .setParameter("dueBy", calendar.addWorkingDays(today, config.dueWithinWorkingDays()))
                .setParameter("asOf", clock.now()).setParameter("zone", clock.zoneId()).getResultList();
        return rows.stream().map(r -> new Listed(r.get("code", String.class), r.get("due", LocalDate.class),
                r.get("agency_id", Number.class).longValue(), r.get("agency", String.class),
                Timeliness.OVERDUE.name().equals(r.get("timeliness", String.class)))).toList();
    }

    private String[] forAgency(String centerName, long agencyId, String agencyName, String day, List<Listed> open) {
        List<Listed> mine = open.stream().filter(d -> d.agencyId() == agencyId).toList();
        List<Listed> late = mine.stream().filter(Listed::late).toList();
        List<Listed> fallingDue = mine.stream().filter(d -> !d.late()).toList();
        StringBuilder body = new StringBuilder(centerName).append('\n')
                .append("Hồ sơ do ").append(agencyName).append(" đang giải quyết, ngày ").append(day).append(".\n");
        section(body, "Đã quá hạn", late, false);
        section(body, "Đến hạn trong " + config.dueWithinWorkingDays() + " ngày làm việc", fallingDue, false);
        return new String[] {"Tổng hợp hồ sơ ngày " + day + ": " + late.size() + " quá hạn, " + fallingDue.size()
                + " sắp đến hạn", body.toString()};
    }

    private String[] forManager(String centerName, String day, List<Listed> open, LocalDate today) {
        Map<String, int[]> perAgency = new LinkedHashMap<>();
        open.forEach(d -> perAgency.computeIfAbsent(d.agencyName(), a -> new int[2])[d.late() ? 0 : 1]++);
        List<Listed> escalated = open.stream().filter(Listed::late)
                .filter(d -> calendar.workingDaysBetween(d.legalDueDate(), today) >= config.escalateAfterWorkingDays())
                .toList();
        long late = open.stream().filter(Listed::late).count();
        StringBuilder body = new StringBuilder(centerName).append('\n')
                .append("Tình hình giải quyết hồ sơ ngày ").append(day).append(".\n\nTheo cơ quan:\n");
        perAgency.forEach((agency, counts) -> body.append("- ").append(agency).append(": ").append(counts[0])
                .append(" quá hạn, ").append(counts[1]).append(" sắp đến hạn\n"));
        if (perAgency.isEmpty()) {
            body.append("- Không có hồ sơ quá hạn hoặc sắp đến hạn.\n");
        }
        section(body, "Quá hạn từ " + config.escalateAfterWorkingDays() + " ngày làm việc trở lên, cần đôn đốc",
                escalated, true);
        return new String[] {"Tổng hợp hồ sơ ngày " + day + ": " + late + " quá hạn, " + escalated.size()
                + " cần đôn đốc", body.toString()};
    }

    /**
     * The feedback still to answer, overdue or due within the same working days as the dossiers: the agency's
     * own, or all of the center's for its manager (who answers those about officers and the center).
     */
    private String unansweredFeedback(long centerId, Long agencyId, LocalDate today) {
        List<FeedbackService.Unanswered> due = feedback.unansweredDueBy(centerId,
                calendar.addWorkingDays(today, config.dueWithinWorkingDays())).stream()
                .filter(f -> agencyId == null || agencyId.equals(f.agencyId())).toList();
        StringBuilder body = new StringBuilder("\nPhản ánh, kiến nghị chưa trả lời (").append(due.size()).append("):\n");
        due.stream().limit(config.listed()).forEach(f -> body.append("- hạn ")
                .append(CenterClock.DAY_AS_WRITTEN.format(f.dueDate())).append(f.overdue() ? " (quá hạn)" : "")
                .append(" · ").append(f.excerpt()).append('\n'));
        if (due.size() > config.listed()) {
            body.append("... và ").append(due.size() - config.listed()).append(" phản ánh khác\n");
        }
        return body.toString();
    }

    private void section(StringBuilder body, String heading, List<Listed> dossiers, boolean withAgency) {
        body.append('\n').append(heading).append(" (").append(dossiers.size()).append("):\n");
        dossiers.stream().limit(config.listed()).forEach(d -> body.append("- ").append(d.code()).append(" · hạn ")
                .append(CenterClock.DAY_AS_WRITTEN.format(d.legalDueDate()))
                .append(withAgency ? " · " + d.agencyName() : "").append('\n'));
        if (dossiers.size() > config.listed()) {
            body.append("... và ").append(dossiers.size() - config.listed()).append(" hồ sơ khác\n");
        }
    }

    /** Sends the next e-mail of a digest that is due, taken by this instance alone. */
    boolean sendNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("""
                    select id, recipient, subject, body, attempts from digest_message
                    where status = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at, id limit 1 for update skip locked""")
                    .setParameter("now", clock.now()).getResultList();
            if (due.isEmpty()) {
                return false;
            }
            Object[] message = due.get(0);
            int attempts = ((Number) message[4]).intValue() + 1;
            Emails.Outcome outcome = emails.send((String) message[1], (String) message[2], (String) message[3]);
            Optional<OffsetDateTime> retry = outcome.sent() ? Optional.empty() : worker.retryAfter(attempts);
            String status = outcome.sent() ? "SENT" : retry.isPresent() ? "PENDING" : "FAILED";
            em.createNativeQuery("""
                    update digest_message set status = :status, attempts = :attempts, reason = :reason,
                        next_attempt_at = :next, sent_at = """ + (outcome.sent() ? ":next" : "null") + " where id = :id")
                    .setParameter("status", status).setParameter("attempts", attempts)
                    .setParameter("reason", outcome.how()).setParameter("next", retry.orElse(clock.now()))
                    .setParameter("id", message[0]).executeUpdate();
            return true;
        });
    }

    /**
     * Sets or, with no e-mail, removes a digest recipient of a center the caller manages: its manager (no
     * agency), or an agency's contact. Returns the center's recipients.
     */
    @Transactional
    public List<Recipient> setRecipient(String centerCode, String agencyCode, String email) {
        Center center = Center.findByCode(centerCode).filter(c -> scope.reaches(Operation.SET_DIGEST_RECIPIENT, c.id))
                .orElseThrow(() -> new UserErrorException("input.centerCode", ErrorCode.NOT_FOUND,
                        "No center " + centerCode));
        Optional<Agency> agency = Optional.ofNullable(agencyCode).map(code -> Agency.findByCode(code).orElseThrow(
                () -> new UserErrorException("input.agencyCode", ErrorCode.NOT_FOUND, "No agency " + code)));
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserErrorException("input.email", ErrorCode.INVALID, "Not an e-mail address: " + email);
        }
        long agencyKey = agency.map(a -> a.id).orElse(0L);
        em.createNativeQuery("delete from digest_recipient where center_id = :c and coalesce(agency_id, 0) = :a")
                .setParameter("c", center.id).setParameter("a", agencyKey).executeUpdate();
        if (email != null) {
            em.createNativeQuery("insert into digest_recipient (center_id, agency_id, email, set_by, set_at)"
                    + " values (:c, nullif(:a, 0), :e, :by, :now)").setParameter("c", center.id)
                    .setParameter("a", agencyKey)
                    .setParameter("e", email).setParameter("by", caller.name()).setParameter("now", clock.now())
                    .executeUpdate();
        }
        return recipients(center.id);
    }

    /** Who receives a center's digest: its manager (no agency code) or an agency's contact. */
    public record Recipient(String agencyCode, String email) {
    }

    /** A center's recipients: its manager first, then each agency's contact. */
    private List<Recipient> recipients(long centerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.code, r.email from digest_recipient r left join agency a on a.id = r.agency_id
                where r.center_id = :c order by a.code nulls first""").setParameter("c", centerId).getResultList();
        return rows.stream().map(r -> new Recipient((String) r[0], (String) r[1])).toList();
    }
}
