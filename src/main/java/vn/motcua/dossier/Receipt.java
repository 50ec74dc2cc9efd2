package vn.motcua.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What the receipt (giấy tiếp nhận và hẹn trả kết quả) shows: the secret exists only here, never stored. */
@Type("Receipt")
@Description("What the receipt (giấy tiếp nhận và hẹn trả kết quả) shows")
public record Receipt(@NonNull Dossier dossier,
        @NonNull @Description("Printed on the receipt; with the code it unlocks dossierStatus") String lookupSecret,
        @NonNull @Description("Content of the receipt's QR code: the public look-up page with the code, the secret"
                + " in the fragment (never sent to a server)") String qrPayload) {
}
