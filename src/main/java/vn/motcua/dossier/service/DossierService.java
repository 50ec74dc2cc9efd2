package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.ApplicantType;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureAvailability;
import vn.motcua.catalogue.ProcedureCase;
import vn.motcua.catalogue.ProcedureChannel;
import vn.motcua.catalogue.ProcessingTime;
import vn.motcua.center.Center;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.AppointmentReason;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierAppointment;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.dossier.Receipt;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.service.CitizenNotifications;
import vn.motcua.notification.service.Outbox;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/**
 * The dossier lifecycle. Every method is one transaction: it loads the dossier through the caller's
 * reach for the operation ({@link DossierAccess}: outside it, the dossier is not found), checks the
 * action against {@link DossierAction}, applies it and appends to the processing log. Concurrent writers
 * are caught by the row version: one wins, the other gets CONFLICT and nothing of it is applied.
 */
@ApplicationScoped
public class DossierService {

    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    WorkingCalendar calendar;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    CallerScope scope;
    @Inject
    DossierAccess access;
    @Inject
    LookupSecrets secrets;
    @Inject
    Outbox outbox;
    @Inject
    CitizenNotifications notifications;
    @Inject
    CenterClock clock;
    @Inject
    IdempotencyKeys keys;

    @Transactional
    public Receipt receive(DossierCommands.Receive command) {
        return keys.once(Operation.RECEIVE_DOSSIER, command.idempotencyKey(), command, () -> receiveOnce(command),
                receipt -> receipt.dossier().id, this::reissueReceipt);
    }

    private Receipt receiveOnce(DossierCommands.Receive command) {
        if (command.channel() == Channel.ONLINE) {
            throw new UserErrorException("input.channel", ErrorCode.INVALID,
                    "Online dossiers arrive through submitDossier and are then accepted");
        }
        Center center = receivingCenter(command.centerCode());
        Filed filed = file(command.procedureCode(), command.casePosition(), command.channel(), command.applicant(),
                command.representative(), command.documents(), Optional.of(center), command.centerCode(),
                command.returnCenterCode());
        Dossier d = filed.dossier();
        d.receivedAt = clock.now();
        d.status = DossierStatus.RECEIVED;
        setDueDates(d, filed.processingTime());
        d.persist();
        chooseChannels(d, command.notifyBy());
        log(d, DossierAction.RECEIVE, null, null, "Tiếp nhận hồ sơ", null);
        recordAppointment(d, AppointmentReason.RECEIVED, null);
        return new Receipt(d, filed.secret(), secrets.lookupLink(d.code, filed.secret()));
    }

    /**
     * Online, in the caller's own name (the token's identity number is the applicant's), or on someone's
     * behalf (ủy quyền) when the caller is the named representative; the record says who filed for whom.
     */
    @Transactional
    public Receipt submitOnline(DossierCommands.Submit command) {
        return keys.once(Operation.SUBMIT_DOSSIER, command.idempotencyKey(), command, () -> submitOnce(command),
                receipt -> receipt.dossier().id, this::reissueReceipt);
    }

    private Receipt submitOnce(DossierCommands.Submit command) {
        boolean onBehalf = command.representative() != null && scope.isApplicant(command.representative().idNumber(), false);
        if (command.representative() != null && !onBehalf) {
            throw new UserErrorException("input.representative.idNumber", ErrorCode.INVALID,
                    "Online, the representative is the one signed in: the number must be yours");
        }
        if (command.applicant() != null && !onBehalf && !scope.isApplicant(command.applicant().idNumber(),
                command.applicant().idKind() == IdentityDocument.ENTERPRISE_CODE)) {
            throw new UserErrorException("input.applicant.idNumber", ErrorCode.INVALID,
                    "An online dossier is filed in your own name, or your organisation's, or names you as the"
                            + " representative of the applicant who authorised you");
        }
        Optional<Center> center = Optional.ofNullable(command.centerCode()).flatMap(Center::findByCode);
        Filed filed = file(command.procedureCode(), command.casePosition(), Channel.ONLINE, command.applicant(),
                command.representative(), command.documents(), center, command.centerCode(), command.returnCenterCode());
        Dossier d = filed.dossier();
        d.submittedAt = clock.now();
        d.status = DossierStatus.SUBMITTED;
        d.persist();
        chooseChannels(d, command.notifyBy());
        log(d, DossierAction.SUBMIT, null, null, onBehalf ? "Nộp hồ sơ trực tuyến theo ủy quyền" : "Nộp hồ sơ trực tuyến",
                null);
        return new Receipt(d, filed.secret(), secrets.lookupLink(d.code, filed.secret()));
    }

    @Transactional
    public Dossier accept(DossierCommands.Act command) {
        return transition(Operation.ACCEPT_DOSSIER, command, command.idempotencyKey(), command.code(), DossierAction.ACCEPT,
                command.note(), d -> {
                    d.receivedAt = clock.now();
                    setDueDates(d, processingTime(d));
                    recordAppointment(d, AppointmentReason.RECEIVED, null);
                });
    }

    @Transactional
    public Dossier refuse(DossierCommands.Refuse command) {
        requireText(command.reason(), "input.reason");
        return transition(Operation.REFUSE_DOSSIER, command, null, command.code(), DossierAction.REFUSE, command.reason(),
                d -> { });
    }

    /** Hands the dossier to an agency; from RECEIVED this starts processing, later it stays PROCESSING. */
    @Transactional
    public Dossier transfer(DossierCommands.Transfer command) {
        Agency to = Agency.findByCode(command.toAgencyCode()).orElseThrow(() -> new UserErrorException(
                "input.toAgencyCode", ErrorCode.NOT_FOUND, "No agency with code " + command.toAgencyCode()));
        if (command.stepDeadline() != null && command.stepDeadline().isBefore(clock.today())) {
            throw new UserErrorException("input.stepDeadline", ErrorCode.INVALID, "The step deadline is in the past");
        }
        return transition(Operation.TRANSFER_DOSSIER, command, command.idempotencyKey(), command.code(),
                DossierAction.TRANSFER, command.note(), d -> d.currentAgencyId = to.id, command.stepDeadline());
    }

    @Transactional
    public Dossier requestSupplement(DossierCommands.RequestSupplement command) {
        if (command.missingItems().isEmpty() || command.missingItems().stream().anyMatch(String::isBlank)) {
            throw new UserErrorException("input.missingItems", ErrorCode.INVALID, "List the missing items");
        }
        String note = "Yêu cầu bổ sung: " + String.join("; ", command.missingItems())
                + (command.note() == null ? "" : ". " + command.note());
        return transition(Operation.REQUEST_SUPPLEMENT, command, null, command.code(), DossierAction.REQUEST_SUPPLEMENT,
                note, d -> {
                    d.pausedAt = clock.now();
                    d.supplementCount++;
                });
    }

    /**
     * The supplement arrived (at the counter, or to the agency): the clock runs again, and both the legal
     * due date and the promised date move by the working days it stood still.
     */
    @Transactional
    public Dossier receiveSupplement(DossierCommands.Act command) {
        return transition(Operation.RECEIVE_SUPPLEMENT, command, command.idempotencyKey(), command.code(),
                DossierAction.RECEIVE_SUPPLEMENT, command.note(), d -> {
                    OffsetDateTime pausedAt = d.pausedAt;
                    d.pausedAt = null;
                    if (d.legalDueAt != null) {
                        moveDueTimes(d, calendar.workingTimeBetween(pausedAt, clock.now()));
                        return;
                    }
                    int paused = calendar.workingDaysBetween(clock.localDate(pausedAt), clock.today());
                    if (paused > 0 && d.legalDueDate != null) {
                        d.legalDueDate = calendar.addWorkingDays(d.legalDueDate, paused);
                        d.appointmentDate = calendar.addWorkingDays(d.appointmentDate, paused);
                        recordAppointment(d, AppointmentReason.SUPPLEMENT_RESUMED, paused + " ngày làm việc chờ bổ sung");
                    }
                });
    }

    @Transactional
    public Dossier requestPayment(DossierCommands.RequestPayment command) {
        return transition(Operation.REQUEST_PAYMENT, command, null, command.code(), DossierAction.REQUEST_PAYMENT,
                command.note(), d -> d.feeDueVnd = command.amountVnd());
    }

    @Transactional
    public Dossier confirmPayment(DossierCommands.Act command) {
        return transition(Operation.CONFIRM_PAYMENT, command, command.idempotencyKey(), command.code(),
                DossierAction.CONFIRM_PAYMENT, command.note(), d -> { });
    }

    @Transactional
    public Dossier recordResult(DossierCommands.Act command) {
        return transition(Operation.RECORD_RESULT, command, command.idempotencyKey(), command.code(),
                DossierAction.RECORD_RESULT, command.note(), d -> d.finishedAt = clock.now());
    }

    @Transactional
    public Dossier returnResult(DossierCommands.ReturnResult command) {
        return transition(Operation.RETURN_RESULT, command, null, command.code(), DossierAction.RETURN_RESULT,
                command.note(), d -> {
                    d.returnedAt = clock.now();
                    d.returnMethod = command.method();
                });
    }

    /** The applicant's own act: online by the applicant, or recorded at the counter at their request. */
    @Transactional
    public Dossier withdraw(DossierCommands.Act command) {
        return transition(Operation.WITHDRAW_DOSSIER, command, command.idempotencyKey(), command.code(),
                DossierAction.WITHDRAW, command.note(), d -> { });
    }

    @Transactional
    public Dossier stop(DossierCommands.Stop command) {
        requireText(command.notice(), "input.notice");
        return transition(Operation.STOP_DOSSIER, command, null, command.code(), DossierAction.STOP, command.notice(),
                d -> { });
    }

    /**
     * The apology letter (phiếu xin lỗi và hẹn lại): a later promised date, with the reason. The legal due
     * date stays, so an apology never turns a late dossier into an on-time one; every date stays on record.
     */
    @Transactional
    public Dossier issueApology(DossierCommands.Apology command) {
        requireText(command.reason(), "input.reason");
        return transition(Operation.ISSUE_APOLOGY, command, null, command.code(), DossierAction.ISSUE_APOLOGY,
                "Xin lỗi và hẹn lại: " + command.reason(), d -> {
                    if (d.appointmentDate == null) {
                        throw new UserErrorException("input.code", ErrorCode.INVALID_TRANSITION,
                                "Dossier " + d.code + " has no appointment date to move");
                    }
                    LocalDate promised = command.newAppointmentDate();
                    if (!promised.isAfter(d.appointmentDate) || promised.isBefore(clock.today())) {
                        throw new UserErrorException("input.newAppointmentDate", ErrorCode.INVALID,
                                "The new date must be after the current appointment (" + d.appointmentDate
                                        + ") and not in the past");
                    }
                    d.appointmentDate = promised;
                    d.appointmentAt = null;
                    recordAppointment(d, AppointmentReason.APOLOGY, command.reason());
                });
    }

    /** The channels an intake asks for; a null among them is refused, and none leaves a new dossier with none. */
    private void chooseChannels(Dossier d, List<NotificationChannel> requested) {
        if (requested == null || requested.isEmpty()) {
            return;
        }
        if (requested.contains(null)) {
            throw new UserErrorException("input.notifyBy", ErrorCode.INVALID, "Name each channel; null is none");
        }
        notifications.choose(d.id, requested);
    }

    /** The applicant's choice of channels, by the applicant in the app or at the counter; none opts out. */
    @Transactional
    public List<NotificationChannel> setNotifications(DossierCommands.Notify command) {
        Dossier d = load(Operation.SET_DOSSIER_NOTIFICATIONS, command.code());
        notifications.choose(d.id, command.channels());
        return notifications.chosen(d.id);
    }

    @Transactional
    public Dossier rate(DossierCommands.Rate command) {
        return keys.once(Operation.RATE_DOSSIER, command.idempotencyKey(), command, () -> rateOnce(command), d -> d.id,
                id -> Dossier.<Dossier>findById(id));
    }

    private Dossier rateOnce(DossierCommands.Rate command) {
        Dossier d = load(Operation.RATE_DOSSIER, command.code());
        if (!d.status.isFinished()) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_TRANSITION, "Only a finished dossier can be rated");
        }
        if (d.rating != null) {
            throw new UserErrorException("input.code", ErrorCode.ALREADY_EXISTS, "This dossier was rated already");
        }
        d.rating = command.rating();
        d.ratingComment = command.comment();
        d.ratedAt = clock.now();
        return d;
    }

    // --- the shared path of every status change -------------------------------------------------

    private Dossier transition(Operation operation, Object command, String idempotencyKey, String code,
            DossierAction action, String note, Consumer<Dossier> apply) {
        return transition(operation, command, idempotencyKey, code, action, note, apply, null);
    }

    /** With an idempotency key, a repeat of the same command answers the dossier again and changes nothing. */
    private Dossier transition(Operation operation, Object command, String idempotencyKey, String code,
            DossierAction action, String note, Consumer<Dossier> apply, LocalDate stepDeadline) {
        return keys.once(operation, idempotencyKey, command,
                () -> transitionOnce(operation, code, action, note, apply, stepDeadline), d -> d.id,
                id -> Dossier.<Dossier>findById(id));
    }

    private Dossier transitionOnce(Operation operation, String code, DossierAction action, String note,
            Consumer<Dossier> apply, LocalDate stepDeadline) {
        Dossier d = load(operation, code);
        if (!action.allowedFrom(d.status)) {
            throw new UserErrorException("input.code", ErrorCode.INVALID_TRANSITION,
                    "Cannot " + action.words() + " a dossier that is " + d.status);
        }
        DossierStatus from = d.status;
        Long fromAgency = d.currentAgencyId;
        apply.accept(d);
        if (action.target != null) {
            d.status = action.target;
        }
        log(d, action, from, fromAgency, note, stepDeadline);
        // a transfer within PROCESSING changes a field the version covers anyway; bump for the others too
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return d;
    }

    /**
     * A repeated intake answers the same dossier with a fresh secret: the first receipt never reached the
     * caller, and secrets are stored only as hashes. Repeats arriving together take turns on the row, and
     * the latest secret is the one that opens the dossier.
     */
    private Receipt reissueReceipt(long dossierId) {
        Dossier d = em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        String secret = secrets.newSecret();
        d.lookupSecretHash = secrets.hash(secret);
        return new Receipt(d, secret, secrets.lookupLink(d.code, secret));
    }

    /** The dossier, if this operation reaches it for this caller; otherwise exactly like an unknown code. */
    private Dossier load(Operation operation, String code) {
        return access.byCode(operation, code)
                .orElseThrow(() -> new UserErrorException("input.code", ErrorCode.NOT_FOUND, "No dossier " + code));
    }

    /** The officer's own center; a center named in the input may only narrow it. */
    private Center receivingCenter(String requested) {
        Optional<Center> center = requested == null ? scope.center() : Center.findByCode(requested);
        return center.filter(c -> scope.reaches(Operation.RECEIVE_DOSSIER, c.id))
                .orElseThrow(() -> new UserErrorException("input.centerCode", ErrorCode.NOT_FOUND,
                        requested == null ? "Your token names no center" : "No center " + requested));
    }

    private void log(Dossier d, DossierAction action, DossierStatus from, Long fromAgency, String note,
            LocalDate stepDeadline) {
        DossierEvent event = new DossierEvent();
        event.dossierId = d.id;
        event.at = clock.now();
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
        announce(d, event);
    }

    /**
     * The change, for the partner systems of the agencies involved (the outbox, in this transaction): what
     * happened and where the dossier stands, without the applicant's personal data.
     */
    private void announce(Dossier d, DossierEvent event) {
        Set<Long> agencies = new LinkedHashSet<>();
        JsonObjectBuilder data = Json.createObjectBuilder().add("dossierCode", d.code)
                .add("centerCode", Center.<Center>findById(d.centerId).code)
                .add("action", event.action.name()).add("status", d.status.name()).add("statusCode", d.status.code)
                .add("occurredAt", event.at.toString());
        if (event.fromAgencyId != null) {
            agencies.add(event.fromAgencyId);
            data.add("fromAgencyCode", Agency.<Agency>findById(event.fromAgencyId).code);
        }
        if (d.currentAgencyId != null) {
            agencies.add(d.currentAgencyId);
            data.add("agencyCode", Agency.<Agency>findById(d.currentAgencyId).code);
        }
        if (d.legalDueDate != null) {
            data.add("legalDueDate", d.legalDueDate.toString());
        }
        if (d.appointmentDate != null) {
            data.add("appointmentDate", d.appointmentDate.toString());
        }
        if (d.appointmentAt != null) {
            data.add("appointmentAt", d.appointmentAt.toString());
        }
        outbox.record(d.id, "dossier." + event.action.name().toLowerCase(Locale.ROOT), agencies, data.build());
    }

    /** A dossier timed in hours waited {@code paused} of office hours for its supplement: both times move by it. */
    private void moveDueTimes(Dossier d, Duration paused) {
        if (paused.isZero()) {
            return;
        }
        d.legalDueAt = calendar.addWorkingTime(d.legalDueAt, paused);
        d.legalDueDate = clock.localDate(d.legalDueAt);
        if (d.appointmentAt != null) {
            d.appointmentAt = calendar.addWorkingTime(d.appointmentAt, paused);
            d.appointmentDate = clock.localDate(d.appointmentAt);
        } else if (d.appointmentDate.isBefore(d.legalDueDate)) {
            d.appointmentDate = d.legalDueDate; // a day promised by apology is never before the legal date
        }
        long minutes = paused.toMinutes();
        recordAppointment(d, AppointmentReason.SUPPLEMENT_RESUMED, (minutes >= 60 ? minutes / 60 + " giờ " : "")
                + (minutes % 60 > 0 ? minutes % 60 + " phút " : "") + "làm việc chờ bổ sung");
    }

    private void recordAppointment(Dossier d, AppointmentReason reason, String note) {
        if (d.appointmentDate == null) {
            return;
        }
        DossierAppointment appointment = new DossierAppointment();
        appointment.dossierId = d.id;
        appointment.appointmentDate = d.appointmentDate;
        appointment.appointmentAt = d.appointmentAt;
        appointment.reason = reason;
        appointment.note = note;
        appointment.setAt = clock.now();
        appointment.setBy = caller.name();
        appointment.persist();
    }

    // --- intake ------------------------------------------------------------------------------

    private record Filed(Dossier dossier, String secret, Optional<ProcessingTime> processingTime) {
    }

    private Filed file(String procedureCode, Integer casePosition, Channel channel, DossierCommands.Person applicant,
            DossierCommands.Person representative, List<String> documents, Optional<Center> center, String centerCode,
            String returnCenterCode) {
        Validation v = new Validation();
        Optional<Procedure> procedure = Procedure.findInEffect(procedureCode, clock.utcToday());
        Optional<Procedure> upcoming = procedure.isPresent() ? Optional.empty() : Procedure.findPublished(procedureCode)
                .filter(p -> p.availabilityOn(clock.utcToday()) == ProcedureAvailability.UPCOMING);
        v.require(upcoming.isEmpty(), "input.procedureCode", ErrorCode.INVALID_STATE, upcoming.map(p -> "Procedure "
                + procedureCode + " takes effect on " + CenterClock.DAY_AS_WRITTEN.format(p.effectiveFrom)
                + "; it cannot be filed before").orElse(""));
        v.require(procedure.isPresent() || upcoming.isPresent(), "input.procedureCode", ErrorCode.NOT_FOUND,
                "No procedure " + procedureCode + " in the catalogue (unknown or retired)");
        v.require(center.isPresent(), "input.centerCode", ErrorCode.NOT_FOUND,
                centerCode == null ? "Name the receiving center" : "No center " + centerCode);
        v.require(center.isEmpty() || procedure.isEmpty() || center.get().receives(procedure.get().level),
                "input.procedureCode", ErrorCode.INVALID, center.map(c -> c.name).orElse("") + " receives commune"
                        + " procedures only; this one is " + procedure.map(p -> p.level).orElse(null));
        Optional<Center> returnCenter = Optional.ofNullable(returnCenterCode).flatMap(Center::findByCode);
        v.require(returnCenterCode == null || returnCenter.isPresent(), "input.returnCenterCode", ErrorCode.NOT_FOUND,
                "No center " + returnCenterCode);
        v.notBlank(applicant.fullName(), "input.applicant.fullName");
        v.require(applicant.idKind().accepts(applicant.idNumber()), "input.applicant.idNumber", ErrorCode.INVALID,
                "Not a valid " + applicant.idKind() + " number");
        v.require(applicant.idKind() == IdentityDocument.PASSPORT
                        ? applicant.nationality() != null && applicant.nationality().matches("[A-Z]{2}")
                        : applicant.nationality() == null,
                "input.applicant.nationality", ErrorCode.INVALID,
                "A passport names its nationality (ISO 3166, two capital letters); other documents do not");
        v.require(applicant.legalRepresentative() == null || applicant.idKind() == IdentityDocument.ENTERPRISE_CODE,
                "input.applicant.legalRepresentative", ErrorCode.INVALID, "Only an organisation has a legal representative");
        v.require(procedure.isEmpty() || procedure.get().getApplicantTypes().contains(applicant.idKind().applicantType),
                "input.applicant.idKind", ErrorCode.INVALID, "Procedure " + procedureCode + " is not filed by "
                        + (applicant.idKind().applicantType == ApplicantType.ORGANISATION ? "organisations"
                                : "individuals"));
        if (representative != null) {
            v.notBlank(representative.fullName(), "input.representative.fullName");
        }
        v.require(documents == null || documents.stream().allMatch(name -> name != null && !name.isBlank()),
                "input.documents", ErrorCode.INVALID, "Name each document handed in");
        Optional<ProcedureChannel> offered = procedure.flatMap(p -> ProcedureChannel
                .<ProcedureChannel>find("procedureId = ?1 and channel = ?2", p.id, channel).firstResultOptional());
        v.require(procedure.isEmpty() || offered.isPresent(), "input.channel", ErrorCode.INVALID,
                "Procedure " + procedureCode + " cannot be filed " + channel);
        Optional<ProcedureCase> variant = procedure.flatMap(p -> casePosition == null ? Optional.empty()
                : ProcedureCase.<ProcedureCase>find("procedureId = ?1 and position = ?2", p.id, casePosition)
                        .firstResultOptional());
        v.require(casePosition == null || variant.isPresent(), "input.casePosition", ErrorCode.NOT_FOUND,
                "Procedure " + procedureCode + " has no case " + casePosition);
        v.throwIfInvalid();

        Procedure p = procedure.get();
        Agency agency = Agency.findById(p.agencyId);
        Dossier d = new Dossier();
        d.code = nextCode(agency, clock.today());
        d.centerId = center.get().id;
        // the result is returned where the applicant chose, whatever the boundary (none: where it was received)
        d.returnCenterId = returnCenter.map(c -> c.id).filter(id -> !id.equals(d.centerId)).orElse(null);
        d.procedureId = p.id;
        d.caseId = variant.map(c -> c.id).orElse(null);
        d.channel = channel;
        d.currentAgencyId = agency.id;
        d.applicantName = applicant.fullName().trim();
        d.applicantIdNumber = applicant.idNumber();
        d.applicantIdKind = applicant.idKind();
        d.applicantNationality = applicant.nationality();
        d.applicantLegalRepresentative = applicant.legalRepresentative();
        d.applicantPhone = applicant.phone();
        d.applicantEmail = applicant.email();
        d.applicantAddress = applicant.address();
        if (representative != null) {
            d.representativeName = representative.fullName().trim();
            d.representativeIdNumber = representative.idNumber();
        }
        d.documents = documents == null ? List.of() : documents.stream().map(String::trim).toList();
        String secret = secrets.newSecret();
        d.lookupSecretHash = secrets.hash(secret);
        return new Filed(d, secret, processingTime(p, variant, offered.get()));
    }

    private Optional<ProcessingTime> processingTime(Dossier d) {
        Optional<ProcedureCase> variant = Optional.ofNullable(d.caseId)
                .map(id -> ProcedureCase.<ProcedureCase>findById(id));
        ProcedureChannel channel = ProcedureChannel
                .<ProcedureChannel>find("procedureId = ?1 and channel = ?2", d.procedureId, d.channel).firstResult();
        return processingTime(Procedure.findById(d.procedureId), variant, channel);
    }

    /** The time to the due date: the case variant's, else the channel's; empty when there is no appointment. */
    private static Optional<ProcessingTime> processingTime(Procedure p, Optional<ProcedureCase> variant,
            ProcedureChannel channel) {
        if (!p.hasAppointment) {
            return Optional.empty();
        }
        return variant.isPresent() ? variant.get().processingTime() : Optional.of(channel.processingTime());
    }

    /**
     * At receipt the legal due date and the promised date are the same: the receipt day plus the working days,
     * or the receipt time plus the office hours (then both are times too).
     */
    private void setDueDates(Dossier d, Optional<ProcessingTime> time) {
        if (time.isPresent() && time.get().inHours()) {
            OffsetDateTime due = calendar.addWorkingTime(d.receivedAt, time.get().officeHours());
            d.legalDueAt = due;
            d.appointmentAt = due;
            d.legalDueDate = clock.localDate(due);
        } else {
            d.legalDueDate = time.map(t -> calendar.addWorkingDays(clock.localDate(d.receivedAt), t.amount())).orElse(null);
        }
        d.appointmentDate = d.legalDueDate;
    }

    /** The daily sequence per agency: one row per agency and day, incremented under its row lock. */
    private String nextCode(Agency agency, LocalDate day) {
        Number next = (Number) em.createNativeQuery("""
                insert into dossier_sequence (agency_id, day, last_value) values (:agency, :day, 1)
                on conflict (agency_id, day) do update set last_value = dossier_sequence.last_value + 1
                returning last_value""").setParameter("agency", agency.id).setParameter("day", day).getSingleResult();
        return "%s-%s-%04d".formatted(agency.code, CODE_DATE.format(day), next.intValue());
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new UserErrorException(field, ErrorCode.INVALID, field + " must not be empty");
        }
    }
}
