package vn.motcua.dossier.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Channel;
import vn.motcua.common.Bounds;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.service.DossierCommands;
import vn.motcua.idempotency.IdempotencyKeys;
import vn.motcua.notification.NotificationChannel;

/** The inputs of the dossier mutations, one per mutation, each mapped to its domain command. */
public final class DossierInputs {

    private static final String NOTIFY_BY = "How the applicant is told when the dossier moves (e-mail to the applicant's"
            + " address, SMS or Zalo to their phone); none by default";

    private DossierInputs() {
    }

    @Input("PersonInput")
    public record Person(@NonNull @Size(max = Bounds.NAME) @Description("A person's or an organisation's name")
            String fullName,
            @Description("What idNumber is: CITIZEN_ID when omitted") IdentityDocument idKind,
            @NonNull @Size(max = Bounds.ID_NUMBER) @Description("The number of that document") String idNumber,
            @Size(max = Bounds.NATIONALITY) @Description("A passport's nationality, ISO 3166 (KR, US...)")
            String nationality,
            @Size(max = Bounds.NAME) @Description("An organisation's legal representative") String legalRepresentative,
            @Size(max = Bounds.PHONE) String phone, @Size(max = Bounds.EMAIL) String email,
            @Size(max = Bounds.ADDRESS) String address) {

        DossierCommands.Person toCommand() {
            return new DossierCommands.Person(fullName, idKind == null ? IdentityDocument.CITIZEN_ID : idKind, idNumber,
                    nationality, legalRepresentative, phone, email, address);
        }

        static DossierCommands.Person toCommand(Person person) {
            return person == null ? null : person.toCommand();
        }
    }

    @Input("ReceiveDossierInput")
    public record Receive(@NonNull @Size(max = Bounds.CODE) String procedureCode,
            @Min(1) @Max(Bounds.LIST_ITEMS)
            @Description("Position of the case variant (trường hợp), if the procedure has them") Integer casePosition,
            @NonNull Channel channel, @NonNull @Valid Person applicant, @Valid Person representative,
            @Size(max = Bounds.LIST_ITEMS) List<@Size(max = Bounds.PROCEDURE_TEXT) String> documents,
            @Size(max = Bounds.CODE)
            @Description("The receiving center: the officer's own (it may only narrow the token's)") String centerCode,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey,
            @Size(max = Bounds.LIST_ITEMS) @Description(NOTIFY_BY) List<NotificationChannel> notifyBy,
            @Size(max = Bounds.CODE) @Description("Where the applicant collects the result, any center of the province;"
                    + " the receiving one when omitted") String returnCenterCode) {

        DossierCommands.Receive toCommand() {
            return new DossierCommands.Receive(procedureCode, casePosition, channel, Person.toCommand(applicant),
                    Person.toCommand(representative), documents, centerCode, idempotencyKey, notifyBy, returnCenterCode);
        }
    }

    @Input("SubmitDossierInput")
    @Description("An online dossier, filed in the signed-in applicant's own name")
    public record Submit(@NonNull @Size(max = Bounds.CODE) String procedureCode,
            @Min(1) @Max(Bounds.LIST_ITEMS) Integer casePosition,
            @NonNull @Valid @Description("The applicant: the identity number must be the caller's own") Person applicant,
            @Valid Person representative,
            @Size(max = Bounds.LIST_ITEMS) List<@Size(max = Bounds.PROCEDURE_TEXT) String> documents,
            @NonNull @Size(max = Bounds.CODE) String centerCode,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey,
            @Size(max = Bounds.LIST_ITEMS) @Description(NOTIFY_BY) List<NotificationChannel> notifyBy,
            @Size(max = Bounds.CODE) @Description("Where the applicant collects the result, any center of the province;"
                    + " the receiving one when omitted") String returnCenterCode) {

        DossierCommands.Submit toCommand() {
            return new DossierCommands.Submit(procedureCode, casePosition, Person.toCommand(applicant),
                    Person.toCommand(representative), documents, centerCode, idempotencyKey, notifyBy, returnCenterCode);
        }
    }

    @Input("SetDossierNotificationsInput")
    public record Notify(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.LIST_ITEMS) @Description("None opts out")
            List<@NonNull NotificationChannel> channels) {

        DossierCommands.Notify toCommand() {
            return new DossierCommands.Notify(code, channels);
        }
    }

    @Input("DossierActionInput")
    public record Action(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @Size(max = Bounds.NOTE) String note,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Act toCommand() {
            return new DossierCommands.Act(code, note, idempotencyKey);
        }
    }

    @Input("RefuseDossierInput")
    public record Refuse(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.NOTE) @Description("The reason, given in writing") String reason) {

        DossierCommands.Refuse toCommand() {
            return new DossierCommands.Refuse(code, reason);
        }
    }

    @Input("TransferDossierInput")
    public record Transfer(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.CODE) String toAgencyCode, LocalDate stepDeadline,
            @Size(max = Bounds.NOTE) String note,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Transfer toCommand() {
            return new DossierCommands.Transfer(code, toAgencyCode, stepDeadline, note, idempotencyKey);
        }
    }

    @Input("RequestSupplementInput")
    public record RequestSupplement(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.MISSING_ITEMS)
            List<@NonNull @Size(max = Bounds.MISSING_ITEM) String> missingItems,
            @Size(max = Bounds.NOTE) String note) {

        DossierCommands.RequestSupplement toCommand() {
            return new DossierCommands.RequestSupplement(code, missingItems, note);
        }
    }

    @Input("RequestPaymentInput")
    public record RequestPayment(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Min(1) @Max(Bounds.AMOUNT_VND) Long amountVnd, @Size(max = Bounds.NOTE) String note) {

        DossierCommands.RequestPayment toCommand() {
            return new DossierCommands.RequestPayment(code, amountVnd, note);
        }
    }

    @Input("ReturnResultInput")
    public record ReturnResult(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code, @NonNull ReturnMethod method,
            @Size(max = Bounds.NOTE) String note) {

        DossierCommands.ReturnResult toCommand() {
            return new DossierCommands.ReturnResult(code, method, note);
        }
    }

    @Input("StopDossierInput")
    public record Stop(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.NOTE) @Description("The notice to the applicant") String notice) {

        DossierCommands.Stop toCommand() {
            return new DossierCommands.Stop(code, notice);
        }
    }

    @Input("IssueApologyInput")
    public record Apology(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.NOTE) String reason,
            @NonNull @Description("The new promised date; the legal due date does not move") LocalDate newAppointmentDate) {

        DossierCommands.Apology toCommand() {
            return new DossierCommands.Apology(code, reason, newAppointmentDate);
        }
    }

    @Input("RateDossierInput")
    public record Rate(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Min(1) @Max(Bounds.RATING) Integer rating, @Size(max = Bounds.RATING_COMMENT) String comment,
            @Size(max = Bounds.IDEMPOTENCY_KEY) @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Rate toCommand() {
            return new DossierCommands.Rate(code, rating, comment, idempotencyKey);
        }
    }

    @Input("DossierFilter")
    public record Filter(@Size(max = Bounds.CODE) String agencyCode, DossierStatus status,
            @Description("Past the legal due date (late if finished)") Boolean overdue,
            @Description("Legal due date before this day") LocalDate dueBefore,
            @Min(0) @Max(Bounds.PROCESSING_DAYS)
            @Description("In progress and due within this many working days from today (0: due today or late)")
            Integer dueWithinWorkingDays,
            @Size(max = Bounds.CODE) String procedureCode, LocalDate receivedFrom, LocalDate receivedTo) {

        DossierFilter toFilter() {
            return new DossierFilter(agencyCode, status, overdue, dueBefore, dueWithinWorkingDays, procedureCode,
                    receivedFrom, receivedTo);
        }

        static DossierFilter toFilter(Filter filter) {
            return filter == null ? DossierFilter.NONE : filter.toFilter();
        }
    }
}
