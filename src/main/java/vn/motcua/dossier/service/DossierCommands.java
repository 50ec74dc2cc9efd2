package vn.motcua.dossier.service;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalogue.Channel;
import vn.motcua.dossier.FilePurpose;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.dossier.ReturnMethod;

/**
 * What officers, applicants and partner systems ask of the dossier lifecycle, in the domain's words. An
 * {@code idempotencyKey}, where there is one, makes a retried request happen once (IdempotencyKeys).
 */
public final class DossierCommands {

    private DossierCommands() {
    }

    /** An applicant or representative: a person or an organisation, told apart by its identity document. */
    public record Person(String fullName, IdentityDocument idKind, String idNumber, String nationality,
            String legalRepresentative, String phone, String email, String address) {
    }

    /** At a counter or by post; {@code centerCode} may only narrow the officer's own center. */
    public record Receive(String procedureCode, Integer casePosition, Channel channel, Person applicant,
            Person representative, List<String> documents, String centerCode, String idempotencyKey,
            List<NotificationChannel> notifyBy, String returnCenterCode) {
    }

    /** Online, in the signed-in applicant's own name. */
    public record Submit(String procedureCode, Integer casePosition, Person applicant, Person representative,
            List<String> documents, String centerCode, String idempotencyKey, List<NotificationChannel> notifyBy,
            String returnCenterCode) {
    }

    /** The channels the applicant is told on; none opts out. */
    public record Notify(String code, List<NotificationChannel> channels) {
    }

    /** An action that needs only the dossier and an optional note. */
    public record Act(String code, String note, String idempotencyKey) {
    }

    public record Refuse(String code, String reason) {
    }

    public record Transfer(String code, String toAgencyCode, LocalDate stepDeadline, String note,
            String idempotencyKey) {
    }

    public record RequestSupplement(String code, List<String> missingItems, String note) {
    }

    public record RequestPayment(String code, long amountVnd, String note) {
    }

    public record ReturnResult(String code, ReturnMethod method, String note) {
    }

    public record Stop(String code, String notice) {
    }

    public record Apology(String code, String reason, LocalDate newAppointmentDate) {
    }

    public record Rate(String code, int rating, String comment, String idempotencyKey) {
    }

    /** Attach an upload to a dossier; a result names its decision. */
    public record AttachFile(String code, long uploadId, FilePurpose purpose, Integer documentPosition,
            Long replacesFileId, String decisionNumber, LocalDate decisionDate) {
    }
}
