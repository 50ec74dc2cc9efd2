package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.Center;
import vn.motcua.common.time.CenterClock;
import vn.motcua.document.service.PdfLetter;
import vn.motcua.dossier.AppointmentReason;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAppointment;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Letter;
import vn.motcua.security.Operation;

/**
 * The papers a center prints for the applicant, as PDFs. The receipt and appointment slip (Giấy tiếp nhận
 * hồ sơ và hẹn trả kết quả): the look-up secret is stored only as a hash, so whoever holds it prints it
 * (the officer right after intake, or the applicant); its QR code opens the public look-up
 * ({@link LookupSecrets#lookupLink}). The letters ({@link Letter}): from the step of the processing log that
 * issued them, for whoever may read the dossier.
 */
@ApplicationScoped
public class DossierPrints {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    DossierAccess access;
    @Inject
    LookupSecrets secrets;
    @Inject
    CenterClock clock;

    /** The receipt, when the caller may read the dossier and the secret is its own; empty otherwise, alike. */
    public Optional<byte[]> receipt(String code, String secret) {
        Optional<Dossier> found = access.byCode(Operation.DOSSIER, code);
        if (!secrets.matches(secret, found.map(d -> d.lookupSecretHash).orElse(null)) || found.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = found.get();
        Procedure procedure = Procedure.findById(d.procedureId);
        String normalised = secret.trim().toUpperCase(java.util.Locale.ROOT);
        return Optional.of(headed(d)
                .title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .field("Mã hồ sơ", d.code)
                .field("Người nộp", d.applicantName)
                .field("Thủ tục", procedure.name)
                .items("Giấy tờ đã nhận", d.documents == null || d.documents.isEmpty()
                        ? List.of("(không có)") : d.documents)
                .field("Thời điểm nhận", d.receivedAt == null ? "" : MOMENT.format(
                        d.receivedAt.atZoneSameInstant(clock.zone())))
                .field("Hẹn trả kết quả", d.appointmentDate == null ? "không hẹn ngày"
                        : clock.appointmentAsWritten(d.appointmentDate, d.appointmentAt))
                .field("Mã tra cứu", normalised)
                .paragraph("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu, hoặc quét mã QR. Mang theo giấy"
                        + " này khi đến nhận kết quả.")
                .qr(secrets.lookupLink(d.code, normalised), "Quét để tra cứu hồ sơ")
                .render());
    }

    /** The latest letter of this kind for the dossier, if the caller may read it and it was issued. */
    public Optional<byte[]> letter(String code, Letter letter) {
        Optional<Dossier> found = access.byCode(Operation.DOSSIER, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = found.get();
        Optional<DossierEvent> issued = DossierEvent.<DossierEvent>find("dossierId = ?1 and action = ?2 order by id desc",
                d.id, letter.issuedBy).firstResultOptional();
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        DossierEvent event = issued.get();
        PdfLetter pdf = headed(d).title(letter.title)
                .field("Mã hồ sơ", d.code)
                .field("Người nộp", d.applicantName)
                .field("Thủ tục", Procedure.<Procedure>findById(d.procedureId).name)
                .field("Ngày", CenterClock.DAY_AS_WRITTEN.format(event.at.atZoneSameInstant(clock.zone())));
        if (letter == Letter.APOLOGY) {
            DossierAppointment promised = DossierAppointment.<DossierAppointment>find(
                    "dossierId = ?1 and reason = ?2 order by id desc", d.id, AppointmentReason.APOLOGY).firstResult();
            pdf.field("Lý do", promised.note).field("Ngày hẹn trả kết quả mới", CenterClock.DAY_AS_WRITTEN.format(promised.appointmentDate))
                    .paragraph("Trung tâm thành thật xin lỗi ông/bà vì sự chậm trễ này và hẹn trả kết quả vào ngày"
                            + " trên.");
        } else {
            pdf.field("Nội dung", event.note == null ? "" : event.note);
        }
        return Optional.of(pdf.render());
    }

    /** A letter under the heading of the center that received the dossier. */
    private static PdfLetter headed(Dossier d) {
        Center center = Center.findById(d.centerId);
        return new PdfLetter().heading(center.name.toUpperCase(java.util.Locale.forLanguageTag("vi")));
    }
}
