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
import vn.motcua.dossier.Dossier;
import vn.motcua.security.Operation;

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as a PDF to print. The
 * look-up secret is stored only as a hash, so the receipt is printed by whoever holds it: the officer
 * right after intake (the answer of receiveDossier), or the applicant. Its QR code opens the public
 * look-up ({@link LookupSecrets#lookupLink}).
 */
@ApplicationScoped
public class DossierReceipts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    DossierAccess access;
    @Inject
    LookupSecrets secrets;
    @Inject
    CenterClock clock;

    /** The PDF, when the caller may read the dossier and the secret is its own; empty otherwise, alike. */
    public Optional<byte[]> receipt(String code, String secret) {
        Optional<Dossier> found = access.byCode(Operation.DOSSIER, code);
        if (!secrets.matches(secret, found.map(d -> d.lookupSecretHash).orElse(null)) || found.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = found.get();
        Center center = Center.findById(d.centerId);
        Procedure procedure = Procedure.findById(d.procedureId);
        String normalised = secret.trim().toUpperCase(java.util.Locale.ROOT);
        return Optional.of(new PdfLetter()
                .heading(center.name.toUpperCase(java.util.Locale.forLanguageTag("vi")))
                .title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .field("Mã hồ sơ", d.code)
                .field("Người nộp", d.applicantName)
                .field("Thủ tục", procedure.name)
                .items("Giấy tờ đã nhận", d.documents == null || d.documents.isEmpty()
                        ? List.of("(không có)") : d.documents)
                .field("Thời điểm nhận", d.receivedAt == null ? "" : MOMENT.format(
                        d.receivedAt.atZoneSameInstant(clock.zone())))
                .field("Ngày hẹn trả kết quả", d.appointmentDate == null ? "" : DAY.format(d.appointmentDate))
                .field("Mã tra cứu", normalised)
                .paragraph("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu, hoặc quét mã QR. Mang theo giấy"
                        + " này khi đến nhận kết quả.")
                .qr(secrets.lookupLink(d.code, normalised), "Quét để tra cứu hồ sơ")
                .render());
    }
}
