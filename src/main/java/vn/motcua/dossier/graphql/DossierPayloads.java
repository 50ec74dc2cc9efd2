package vn.motcua.dossier.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.PageInfo;
import vn.motcua.common.UserError;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;

public final class DossierPayloads {

    private DossierPayloads() {
    }

    @Type("Receipt")
    @Description("What the receipt (giấy tiếp nhận và hẹn trả kết quả) shows")
    public record Receipt(@NonNull Dossier dossier,
            @NonNull @Description("Printed on the receipt; with the code it unlocks dossierStatus") String lookupSecret,
            @NonNull @Description("Content of the receipt's QR code") String qrPayload) {
    }

    @Type("ReceiveDossierPayload")
    public record ReceivePayload(Receipt receipt, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("DossierPayload")
    public record DossierPayload(Dossier dossier, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("Applicant")
    public record Applicant(@NonNull String fullName, @NonNull String idNumber, String phone, String email,
            String address) {
    }

    @Type("DossierEdge")
    public record Edge(@NonNull String cursor, @NonNull Dossier node) {
    }

    @Type("DossierConnection")
    public record Connection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo, @NonNull Long totalCount) {
    }

    @Type("PublicDossierEvent")
    public record PublicEvent(@NonNull OffsetDateTime at, @NonNull String action, @NonNull DossierStatus status,
            String agencyName) {
    }

    @Type("PublicDossierStatus")
    @Description("What anyone holding the receipt may see: no personal data")
    public record PublicStatus(@NonNull String code, @NonNull DossierStatus status, @NonNull Integer statusCode,
            @NonNull String procedureName, @NonNull String currentAgencyName, OffsetDateTime receivedAt,
            LocalDate appointmentDate, @NonNull Boolean overdue, OffsetDateTime finishedAt,
            @NonNull List<@NonNull PublicEvent> history) {
    }
}
