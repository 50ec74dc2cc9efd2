package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCase;
import vn.motcua.catalogue.ProcedureChannel;
import vn.motcua.center.Center;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierAppointment;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.graphql.DossierInputs;
import vn.motcua.dossier.graphql.DossierPayloads.Receipt;
import vn.motcua.security.Caller;
import vn.motcua.security.Roles;

/**
 * The dossier lifecycle. Every method is one transaction: it checks the caller's right to act on
 * this dossier, checks the transition against {@link DossierStatus#next()}, applies it and appends
 * to the processing log. Concurrent writers are caught by the row version: one wins, the other gets
 * CONFLICT and nothing of it is applied.
 */
@ApplicationScoped
public class DossierService {

    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String FORBIDDEN = "FORBIDDEN";
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final char[] SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WorkingCalendar calendar;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    @Transactional
    public Receipt receive(DossierInputs.Receive input) {
        if (input.channel() == Channel.ONLINE) {
            throw new UserErrorException("input.channel", Validation.INVALID,
                    "Online dossiers arrive through submitDossier and are then accepted");
        }
        String centerCode = input.centerCode() != null ? input.centerCode() : caller.centerCode().orElse(null);
        Filed filed = file(input.procedureCode(), input.casePosition(), input.channel(), input.applicant(),
                input.representative(), input.documents(), centerCode);
        Dossier d = filed.dossier();
        OffsetDateTime now = now();
        d.receivedAt = now;
        d.status = DossierStatus.RECEIVED;
        d.appointmentDate = appointmentFrom(now, d, filed.processingDays());
        d.persist();
        log(d, "RECEIVE", null, null, "Tiếp nhận hồ sơ", null);
        recordAppointment(d, "RECEIVED", null);
        return new Receipt(d, filed.secret(), qrPayload(d, filed.secret()));
    }

    @Transactional
    public Receipt submitOnline(DossierInputs.Submit input) {
        Filed filed = file(input.procedureCode(), input.casePosition(), Channel.ONLINE, input.applicant(),
                input.representative(), input.documents(), input.centerCode());
        Dossier d = filed.dossier();
        d.submittedAt = now();
        d.status = DossierStatus.SUBMITTED;
        d.persist();
        log(d, "SUBMIT", null, null, "Nộp hồ sơ trực tuyến", null);
        return new Receipt(d, filed.secret(), qrPayload(d, filed.secret()));
    }

    @Transactional
    public Dossier accept(DossierInputs.Action input) {
        return transition(input.code(), DossierAction.ACCEPT, input.note(), d -> {
            d.receivedAt = now();
            d.appointmentDate = appointmentFrom(d.receivedAt, d, processingDays(d));
            recordAppointment(d, "RECEIVED", null);
        });
    }

    @Transactional
    public Dossier refuse(DossierInputs.Refuse input) {
        requireText(input.reason(), "input.reason");
        return transition(input.code(), DossierAction.REFUSE, input.reason(), d -> { });
    }

    /** Hands the dossier to an agency; from RECEIVED this starts processing, later it stays PROCESSING. */
    @Transactional
    public Dossier transfer(DossierInputs.Transfer input) {
        Agency to = Agency.findByCode(input.toAgencyCode()).orElseThrow(() -> new UserErrorException(
                "input.toAgencyCode", Validation.NOT_FOUND, "No agency with code " + input.toAgencyCode()));
        return transition(input.code(), DossierAction.TRANSFER, input.note(), d -> {
            if (input.stepDeadline() != null && input.stepDeadline().isBefore(today())) {
                throw new UserErrorException("input.stepDeadline", Validation.INVALID, "The step deadline is in the past");
            }
            d.currentAgencyId = to.id;
        }, input.stepDeadline());
    }

    @Transactional
    public Dossier requestSupplement(DossierInputs.RequestSupplement input) {
        if (input.missingItems().isEmpty() || input.missingItems().stream().anyMatch(String::isBlank)) {
            throw new UserErrorException("input.missingItems", Validation.INVALID, "List the missing items");
        }
        String note = "Yêu cầu bổ sung: " + String.join("; ", input.missingItems())
                + (input.note() == null ? "" : ". " + input.note());
        return transition(input.code(), DossierAction.REQUEST_SUPPLEMENT, note, d -> {
            d.pausedAt = now();
            d.supplementCount++;
        });
    }

    /** The supplement arrived: the clock runs again, and the appointment moves by the days it stood still. */
    @Transactional
    public Dossier receiveSupplement(DossierInputs.Action input) {
        return transition(input.code(), DossierAction.RECEIVE_SUPPLEMENT, input.note(), d -> {
            int paused = calendar.workingDaysBetween(localDate(d.pausedAt), today());
            d.pausedAt = null;
            if (paused > 0 && d.appointmentDate != null) {
                d.appointmentDate = calendar.addWorkingDays(d.appointmentDate, paused);
                recordAppointment(d, "SUPPLEMENT_RESUMED", paused + " ngày làm việc chờ bổ sung");
            }
        });
    }

    @Transactional
    public Dossier requestPayment(DossierInputs.RequestPayment input) {
        if (input.amountVnd() <= 0) {
            throw new UserErrorException("input.amountVnd", Validation.INVALID, "The amount must be positive");
        }
        return transition(input.code(), DossierAction.REQUEST_PAYMENT, input.note(),
                d -> d.feeDueVnd = input.amountVnd());
    }

    @Transactional
    public Dossier confirmPayment(DossierInputs.Action input) {
        return transition(input.code(), DossierAction.CONFIRM_PAYMENT, input.note(), d -> { });
    }

    @Transactional
    public Dossier recordResult(DossierInputs.Action input) {
        return transition(input.code(), DossierAction.RECORD_RESULT, input.note(),
                d -> d.finishedAt = now());
    }

    @Transactional
    public Dossier returnResult(DossierInputs.ReturnResult input) {
        return transition(input.code(), DossierAction.RETURN_RESULT, input.note(), d -> {
            d.returnedAt = now();
            d.returnMethod = input.method();
        });
    }

    @Transactional
    public Dossier withdraw(DossierInputs.Action input) {
        return transition(input.code(), DossierAction.WITHDRAW, input.note(), d -> { });
    }

    @Transactional
    public Dossier stop(DossierInputs.Stop input) {
        requireText(input.notice(), "input.notice");
        return transition(input.code(), DossierAction.STOP, input.notice(), d -> { });
    }

    /** The apology letter (phiếu xin lỗi và hẹn lại): a later date, with the reason; the old date stays on record. */
    @Transactional
    public Dossier issueApology(DossierInputs.Apology input) {
        requireText(input.reason(), "input.reason");
        Dossier d = load(input.code());
        requireMayAct(d, "ISSUE_APOLOGY");
        if (!d.status.isOpen() || d.status.isFinished() || d.appointmentDate == null) {
            throw new UserErrorException("input.code", INVALID_TRANSITION,
                    "An apology is issued for a dossier still being processed, not one that is " + d.status);
        }
        if (!input.newAppointmentDate().isAfter(d.appointmentDate) || input.newAppointmentDate().isBefore(today())) {
            throw new UserErrorException("input.newAppointmentDate", Validation.INVALID,
                    "The new date must be after the current appointment (" + d.appointmentDate + ") and not in the past");
        }
        d.appointmentDate = input.newAppointmentDate();
        recordAppointment(d, "APOLOGY", input.reason());
        log(d, "ISSUE_APOLOGY", d.status, d.currentAgencyId, "Xin lỗi và hẹn lại: " + input.reason(), null);
        bumpVersion(d);
        return d;
    }

    @Transactional
    public Dossier rate(DossierInputs.Rate input) {
        Dossier d = load(input.code());
        if (caller.citizenId().filter(id -> id.equals(d.applicantIdNumber)).isEmpty()) {
            throw new UserErrorException("input.code", Validation.NOT_FOUND, "No dossier " + input.code() + " of yours");
        }
        if (input.rating() < 1 || input.rating() > 5) {
            throw new UserErrorException("input.rating", Validation.INVALID, "A rating is 1 to 5");
        }
        if (!d.status.isFinished()) {
            throw new UserErrorException("input.code", INVALID_TRANSITION, "Only a finished dossier can be rated");
        }
        if (d.rating != null) {
            throw new UserErrorException("input.code", Validation.ALREADY_EXISTS, "This dossier was rated already");
        }
        d.rating = input.rating();
        d.ratingComment = input.comment();
        d.ratedAt = now();
        return d;
    }

    // --- the shared path of every status change -------------------------------------------------

    private Dossier transition(String code, DossierAction action, String note, Consumer<Dossier> apply) {
        return transition(code, action, note, apply, null);
    }

    private Dossier transition(String code, DossierAction action, String note, Consumer<Dossier> apply,
            LocalDate stepDeadline) {
        Dossier d = load(code);
        requireMayAct(d, action.name());
        if (!action.allowedFrom(d.status)) {
            throw new UserErrorException("input.code", INVALID_TRANSITION,
                    "Cannot " + action.name().toLowerCase().replace('_', ' ') + " a dossier that is " + d.status);
        }
        DossierStatus from = d.status;
        Long fromAgency = d.currentAgencyId;
        apply.accept(d);
        d.status = action.target;
        log(d, action.name(), from, fromAgency, note, stepDeadline);
        // a transfer within PROCESSING changes a field the version covers anyway; bump for the others too
        bumpVersion(d);
        return d;
    }

    /**
     * Who may act on which dossier (DOMAIN.md "Who may do what"): managers on all; counter officers on
     * intake and return; department officers and partner agencies only while it is with their agency;
     * a citizen may withdraw their own.
     */
    private void requireMayAct(Dossier d, String action) {
        if (caller.hasRole(Roles.CENTER_MANAGER)) {
            return;
        }
        boolean counterAction = List.of("ACCEPT", "REFUSE", "RETURN_RESULT", "WITHDRAW").contains(action)
                || "TRANSFER".equals(action) && d.status == DossierStatus.RECEIVED;
        if (counterAction && caller.hasRole(Roles.COUNTER_OFFICER)) {
            return;
        }
        if ((caller.hasRole(Roles.DEPARTMENT_OFFICER) || caller.hasRole(Roles.PARTNER_AGENCY))
                && !List.of("ACCEPT", "REFUSE", "RETURN_RESULT").contains(action)
                && caller.agencyCode().flatMap(Agency::findByCode).map(a -> a.id.equals(d.currentAgencyId)).orElse(false)) {
            return;
        }
        if ("WITHDRAW".equals(action) && caller.citizenId().filter(id -> id.equals(d.applicantIdNumber)).isPresent()) {
            return;
        }
        throw new UserErrorException("input.code", FORBIDDEN, "You may not " + action.toLowerCase().replace('_', ' ')
                + " dossier " + d.code);
    }

    private Dossier load(String code) {
        return Dossier.findByCode(code)
                .orElseThrow(() -> new UserErrorException("input.code", Validation.NOT_FOUND, "No dossier " + code));
    }

    /** Makes the row version move even when only child rows changed, so racing writers conflict. */
    private void bumpVersion(Dossier d) {
        em.lock(d, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void log(Dossier d, String action, DossierStatus from, Long fromAgency, String note, LocalDate stepDeadline) {
        DossierEvent event = new DossierEvent();
        event.dossierId = d.id;
        event.at = now();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = d.status;
        event.fromAgencyId = fromAgency;
        event.toAgencyId = d.currentAgencyId;
        event.actor = caller.name();
        event.actorRole = caller.mainRole();
        event.stepDeadline = stepDeadline;
        event.note = note;
        event.publicNote = true;
        event.persist();
    }

    private void recordAppointment(Dossier d, String reason, String note) {
        DossierAppointment appointment = new DossierAppointment();
        appointment.dossierId = d.id;
        appointment.appointmentDate = d.appointmentDate;
        appointment.reason = reason;
        appointment.note = note;
        appointment.setAt = now();
        appointment.setBy = caller.name();
        appointment.persist();
    }

    // --- intake ------------------------------------------------------------------------------

    private record Filed(Dossier dossier, String secret, int processingDays) {
    }

    private Filed file(String procedureCode, Integer casePosition, Channel channel, DossierInputs.Person applicant,
            DossierInputs.Person representative, List<String> documents, String centerCode) {
        Validation v = new Validation();
        Optional<Procedure> procedure = Procedure.findPublished(procedureCode);
        v.require(procedure.isPresent(), "input.procedureCode", Validation.NOT_FOUND,
                "No procedure " + procedureCode + " in the catalogue (unknown or retired)");
        Optional<Center> center = centerCode == null ? Optional.empty() : Center.findByCode(centerCode);
        v.require(center.isPresent(), "input.centerCode", Validation.NOT_FOUND,
                centerCode == null ? "Name the receiving center" : "No center " + centerCode);
        v.notBlank(applicant.fullName(), "input.applicant.fullName");
        v.require(applicant.idNumber() != null && applicant.idNumber().matches("\\d{9}|\\d{12}"),
                "input.applicant.idNumber", Validation.INVALID, "An identity number has 9 or 12 digits");
        if (representative != null) {
            v.notBlank(representative.fullName(), "input.representative.fullName");
        }
        Optional<ProcedureChannel> offered = procedure.flatMap(p -> ProcedureChannel
                .<ProcedureChannel>find("procedureId = ?1 and channel = ?2", p.id, channel).firstResultOptional());
        v.require(procedure.isEmpty() || offered.isPresent(), "input.channel", Validation.INVALID,
                "Procedure " + procedureCode + " cannot be filed " + channel);
        Optional<ProcedureCase> variant = procedure.flatMap(p -> casePosition == null ? Optional.empty()
                : ProcedureCase.<ProcedureCase>find("procedureId = ?1 and position = ?2", p.id, casePosition)
                        .firstResultOptional());
        v.require(casePosition == null || variant.isPresent(), "input.casePosition", Validation.NOT_FOUND,
                "Procedure " + procedureCode + " has no case " + casePosition);
        v.throwIfInvalid();

        Procedure p = procedure.get();
        Agency agency = Agency.findById(p.agencyId);
        Dossier d = new Dossier();
        d.code = nextCode(agency, today());
        d.centerId = center.get().id;
        d.procedureId = p.id;
        d.caseId = variant.map(c -> c.id).orElse(null);
        d.channel = channel;
        d.currentAgencyId = agency.id;
        d.applicantName = applicant.fullName().trim();
        d.applicantIdNumber = applicant.idNumber();
        d.applicantPhone = applicant.phone();
        d.applicantEmail = applicant.email();
        d.applicantAddress = applicant.address();
        if (representative != null) {
            d.representativeName = representative.fullName().trim();
            d.representativeIdNumber = representative.idNumber();
        }
        d.documents = documents == null ? List.of() : documents.stream().map(String::trim).toList();
        String secret = newSecret();
        d.lookupSecretHash = hash(secret);
        return new Filed(d, secret, processingDays(p, variant, offered.get()));
    }

    private int processingDays(Dossier d) {
        Optional<ProcedureCase> variant = Optional.ofNullable(d.caseId).map(ProcedureCase::findById);
        ProcedureChannel channel = ProcedureChannel
                .<ProcedureChannel>find("procedureId = ?1 and channel = ?2", d.procedureId, d.channel).firstResult();
        return processingDays(Procedure.findById(d.procedureId), variant, channel);
    }

    /** Working days to the appointment: the case variant's, else the channel's; -1 when there is none. */
    private static int processingDays(Procedure p, Optional<ProcedureCase> variant, ProcedureChannel channel) {
        if (!p.hasAppointment) {
            return -1;
        }
        if (variant.isPresent()) {
            return variant.get().processingDays == null ? -1 : variant.get().processingDays;
        }
        return channel.processingDays;
    }

    /** Receipt day plus the processing time in working days; null for procedures without an appointment. */
    private LocalDate appointmentFrom(OffsetDateTime received, Dossier d, int processingDays) {
        return processingDays < 0 ? null : calendar.addWorkingDays(localDate(received), processingDays);
    }

    /** The daily sequence per agency: one row per agency and day, incremented under its row lock. */
    private String nextCode(Agency agency, LocalDate day) {
        Number next = (Number) em.createNativeQuery("""
                insert into dossier_sequence (agency_id, day, last_value) values (:agency, :day, 1)
                on conflict (agency_id, day) do update set last_value = dossier_sequence.last_value + 1
                returning last_value""").setParameter("agency", agency.id).setParameter("day", day).getSingleResult();
        return "%s-%s-%04d".formatted(agency.code, CODE_DATE.format(day), next.intValue());
    }

    private static String qrPayload(Dossier d, String secret) {
        return "MOTCUA:1:" + d.code + ":" + secret;
    }

    private static String newSecret() {
        char[] secret = new char[8];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)];
        }
        return new String(secret);
    }

    public static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new UserErrorException(field, Validation.INVALID, field + " must not be empty");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(Dossier.LOCAL_ZONE);
    }

    private static LocalDate localDate(OffsetDateTime time) {
        return time.atZoneSameInstant(Dossier.LOCAL_ZONE).toLocalDate();
    }
}
