package vn.motcua.dossier.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.PageInfo;
import vn.motcua.common.Slice;
import vn.motcua.common.UserError;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.dossier.Receipt;
import vn.motcua.notification.NotificationChannel;

public final class DossierPayloads {

    private DossierPayloads() {
    }

    @Type("ReceiveDossierPayload")
    public record ReceivePayload(Receipt receipt, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("DossierNotificationsPayload")
    public record NotificationsPayload(@Description("The channels chosen now") List<@NonNull NotificationChannel> channels,
            @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("DossierPayload")
    public record DossierPayload(Dossier dossier, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("Applicant")
    public record Applicant(@NonNull String fullName, @NonNull IdentityDocument idKind, @NonNull String idNumber,
            String nationality, String legalRepresentative, String phone, String email, String address) {
    }

    @Type("DossierEdge")
    public record Edge(@NonNull String cursor, @NonNull Dossier node) {
    }

    @Type("DossierConnection")
    public record Connection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo, @NonNull Long totalCount) {

        static Connection of(Slice<Dossier> slice) {
            List<Edge> edges = java.util.stream.IntStream.range(0, slice.items().size())
                    .mapToObj(i -> new Edge(slice.cursors().get(i), slice.items().get(i))).toList();
            return new Connection(edges, slice.pageInfo(), slice.totalCount());
        }
    }
}
