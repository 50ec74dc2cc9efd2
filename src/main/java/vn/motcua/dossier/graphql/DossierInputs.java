package vn.motcua.dossier.graphql;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Channel;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.service.DossierCommands;
import vn.motcua.idempotency.IdempotencyKeys;

/** The inputs of the dossier mutations, one per mutation, each mapped to its domain command. */
public final class DossierInputs {

    private DossierInputs() {
    }

    @Input("PersonInput")
    public record Person(@NonNull String fullName, @NonNull @Description("CCCD / identity number") String idNumber,
            String phone, String email, String address) {

        DossierCommands.Person toCommand() {
            return new DossierCommands.Person(fullName, idNumber, phone, email, address);
        }

        static DossierCommands.Person toCommand(Person person) {
            return person == null ? null : person.toCommand();
        }
    }

    @Input("ReceiveDossierInput")
    public record Receive(@NonNull String procedureCode,
            @Description("Position of the case variant (trường hợp), if the procedure has them") Integer casePosition,
            @NonNull Channel channel, @NonNull Person applicant, Person representative,
            List<String> documents,
            @Description("The receiving center: the officer's own (it may only narrow the token's)") String centerCode,
            @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Receive toCommand() {
            return new DossierCommands.Receive(procedureCode, casePosition, channel, Person.toCommand(applicant),
                    Person.toCommand(representative), documents, centerCode, idempotencyKey);
        }
    }

    @Input("SubmitDossierInput")
    @Description("An online dossier, filed in the signed-in applicant's own name")
    public record Submit(@NonNull String procedureCode, Integer casePosition,
            @NonNull @Description("The applicant: the identity number must be the caller's own") Person applicant,
            Person representative, List<String> documents, @NonNull String centerCode,
            @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Submit toCommand() {
            return new DossierCommands.Submit(procedureCode, casePosition, Person.toCommand(applicant),
                    Person.toCommand(representative), documents, centerCode, idempotencyKey);
        }
    }

    @Input("DossierActionInput")
    public record Action(@NonNull String code, String note,
            @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Act toCommand() {
            return new DossierCommands.Act(code, note, idempotencyKey);
        }
    }

    @Input("RefuseDossierInput")
    public record Refuse(@NonNull String code, @NonNull @Description("The reason, given in writing") String reason) {

        DossierCommands.Refuse toCommand() {
            return new DossierCommands.Refuse(code, reason);
        }
    }

    @Input("TransferDossierInput")
    public record Transfer(@NonNull String code, @NonNull String toAgencyCode, LocalDate stepDeadline, String note,
            @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Transfer toCommand() {
            return new DossierCommands.Transfer(code, toAgencyCode, stepDeadline, note, idempotencyKey);
        }
    }

    @Input("RequestSupplementInput")
    public record RequestSupplement(@NonNull String code, @NonNull List<@NonNull String> missingItems, String note) {

        DossierCommands.RequestSupplement toCommand() {
            return new DossierCommands.RequestSupplement(code, missingItems, note);
        }
    }

    @Input("RequestPaymentInput")
    public record RequestPayment(@NonNull String code, @NonNull Long amountVnd, String note) {

        DossierCommands.RequestPayment toCommand() {
            return new DossierCommands.RequestPayment(code, amountVnd, note);
        }
    }

    @Input("ReturnResultInput")
    public record ReturnResult(@NonNull String code, @NonNull ReturnMethod method, String note) {

        DossierCommands.ReturnResult toCommand() {
            return new DossierCommands.ReturnResult(code, method, note);
        }
    }

    @Input("StopDossierInput")
    public record Stop(@NonNull String code, @NonNull @Description("The notice to the applicant") String notice) {

        DossierCommands.Stop toCommand() {
            return new DossierCommands.Stop(code, notice);
        }
    }

    @Input("IssueApologyInput")
    public record Apology(@NonNull String code, @NonNull String reason,
            @NonNull @Description("The new promised date; the legal due date does not move") LocalDate newAppointmentDate) {

        DossierCommands.Apology toCommand() {
            return new DossierCommands.Apology(code, reason, newAppointmentDate);
        }
    }

    @Input("RateDossierInput")
    public record Rate(@NonNull String code, @NonNull Integer rating, String comment,
            @Description(IdempotencyKeys.KEY_DESCRIPTION) String idempotencyKey) {

        DossierCommands.Rate toCommand() {
            return new DossierCommands.Rate(code, rating, comment, idempotencyKey);
        }
    }

    @Input("DossierFilter")
    public record Filter(String agencyCode, DossierStatus status,
            @Description("Past the legal due date (late if finished)") Boolean overdue,
            @Description("Legal due date before this day") LocalDate dueBefore, String procedureCode,
            LocalDate receivedFrom, LocalDate receivedTo) {

        DossierFilter toFilter() {
            return new DossierFilter(agencyCode, status, overdue, dueBefore, procedureCode, receivedFrom, receivedTo);
        }

        static DossierFilter toFilter(Filter filter) {
            return filter == null ? DossierFilter.NONE : filter.toFilter();
        }
    }
}
