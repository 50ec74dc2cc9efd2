package vn.motcua.dossier.graphql;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Channel;
import vn.motcua.dossier.ReturnMethod;

/** The inputs of the dossier mutations: one per mutation, as the schema's convention wants. */
public final class DossierInputs {

    private DossierInputs() {
    }

    @Input("PersonInput")
    public record Person(@NonNull String fullName, @NonNull @Description("CCCD / identity number") String idNumber,
            String phone, String email, String address) {
    }

    @Input("ReceiveDossierInput")
    public record Receive(@NonNull String procedureCode,
            @Description("Position of the case variant (trường hợp), if the procedure has them") Integer casePosition,
            @NonNull Channel channel, @NonNull Person applicant, Person representative,
            List<String> documents,
            @Description("The receiving center; defaults to the officer's") String centerCode) {
    }

    @Input("SubmitDossierInput")
    public record Submit(@NonNull String procedureCode, Integer casePosition, @NonNull Person applicant,
            Person representative, List<String> documents, @NonNull String centerCode) {
    }

    @Input("DossierActionInput")
    public record Action(@NonNull String code, String note) {
    }

    @Input("RefuseDossierInput")
    public record Refuse(@NonNull String code, @NonNull @Description("The reason, given in writing") String reason) {
    }

    @Input("TransferDossierInput")
    public record Transfer(@NonNull String code, @NonNull String toAgencyCode, LocalDate stepDeadline, String note) {
    }

    @Input("RequestSupplementInput")
    public record RequestSupplement(@NonNull String code, @NonNull List<@NonNull String> missingItems, String note) {
    }

    @Input("RequestPaymentInput")
    public record RequestPayment(@NonNull String code, @NonNull Long amountVnd, String note) {
    }

    @Input("ReturnResultInput")
    public record ReturnResult(@NonNull String code, @NonNull ReturnMethod method, String note) {
    }

    @Input("StopDossierInput")
    public record Stop(@NonNull String code, @NonNull @Description("The notice to the applicant") String notice) {
    }

    @Input("IssueApologyInput")
    public record Apology(@NonNull String code, @NonNull String reason, @NonNull LocalDate newAppointmentDate) {
    }

    @Input("RateDossierInput")
    public record Rate(@NonNull String code, @NonNull Integer rating, String comment) {
    }

    @Input("DossierFilter")
    public record Filter(String agencyCode, vn.motcua.dossier.DossierStatus status, Boolean overdue,
            LocalDate dueBefore, String procedureCode, LocalDate receivedFrom, LocalDate receivedTo) {
    }
}
