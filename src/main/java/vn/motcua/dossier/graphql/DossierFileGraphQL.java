package vn.motcua.dossier.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.UserError;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.FilePurpose;
import vn.motcua.dossier.service.DossierCommands;
import vn.motcua.dossier.service.DossierFiles;

/**
 * The papers of a dossier in the API. The bytes travel over plain HTTP ({@code POST /uploads},
 * {@code GET /files/{id}}); GraphQL attaches an upload, lists the files and checks a digital result.
 */
@GraphQLApi
@CodedErrors
public class DossierFileGraphQL {

    @Inject
    DossierFiles files;

    @Input("AttachDossierFileInput")
    public record AttachInput(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Id @Size(max = Bounds.OPAQUE_ID) @Pattern(regexp = "\\d{1,18}")
            @Description("The `id` that POST /uploads answered") String uploadId,
            @NonNull FilePurpose purpose,
            @Min(1) @Max(Bounds.DOCUMENT_POSITION)
            @Description("The position of the procedure's required document this file is") Integer documentPosition,
            @Id @Size(max = Bounds.OPAQUE_ID) @Pattern(regexp = "\\d{1,18}")
            @Description("A file of this dossier that this one corrects; it stays on record") String replacesFileId,
            @Size(max = Bounds.DECISION_NUMBER) @Description("A result's decision number, e.g. 123/QĐ-SXD")
            String decisionNumber,
            @Description("A result's decision date") LocalDate decisionDate) {

        DossierCommands.AttachFile toCommand() {
            return new DossierCommands.AttachFile(code, Long.parseLong(uploadId), purpose, documentPosition,
                    replacesFileId == null ? null : Long.parseLong(replacesFileId), decisionNumber, decisionDate);
        }
    }

    @Type("DossierFile")
    @Description("A paper attached to a dossier; download it from `downloadPath` with the same token")
    public record AttachedFile(@NonNull @Id String id, @NonNull String fileName, @NonNull String mediaType,
            @NonNull Long sizeBytes, @NonNull @Description("SHA-256 of the bytes, hexadecimal") String sha256,
            @NonNull FilePurpose purpose, Integer documentPosition, @NonNull String attachedBy,
            @NonNull OffsetDateTime attachedAt, @Id @Description("The file this one corrects") String replacesFileId,
            @Id @Description("The file that corrected this one, if any") String replacedByFileId,
            String decisionNumber, LocalDate decisionDate, @NonNull String downloadPath) {

        static AttachedFile of(DossierFiles.Attached a, Map<Long, Long> replacedBy) {
            var f = a.file();
            Long successor = replacedBy.get(f.id);
            return new AttachedFile(String.valueOf(f.id), a.stored().fileName, a.stored().fileType.mediaType,
                    a.stored().sizeBytes, a.stored().sha256, f.purpose, f.documentPosition, f.attachedBy, f.attachedAt,
                    f.replacesId == null ? null : String.valueOf(f.replacesId),
                    successor == null ? null : String.valueOf(successor), f.decisionNumber, f.decisionDate,
                    "/files/" + f.id);
        }
    }

    @Type("DossierFilePayload")
    public record AttachPayload(AttachedFile file, @NonNull List<@NonNull UserError> userErrors) {
    }

    @Type("DigitalResult")
    @Description("A digital result (kết quả điện tử) as the service issued it")
    public record DigitalResult(@NonNull String sha256, @NonNull String dossierCode, @NonNull String issuingAgencyCode,
            @NonNull String issuingAgencyName, @NonNull String decisionNumber, @NonNull LocalDate decisionDate,
            @NonNull @Description("A later file corrected this one") Boolean replaced) {
    }

    @Mutation
    @Authenticated
    @Description("Attaches an upload of yours (POST /uploads) to a dossier you may act on; a RESULT only by the"
            + " agency processing it, with its decision's number and date")
    public @NonNull AttachPayload attachDossierFile(@NonNull @Valid AttachInput input) {
        return Mutations.run(() -> {
            DossierFiles.Attached attached = files.attach(input.toCommand());
            return new AttachPayload(AttachedFile.of(attached, Map.of()), List.of());
        }, errors -> new AttachPayload(null, errors));
    }

    @Query
    @PermitAll
    @Description("Checks a digital result by the SHA-256 of its file: who issued it, under which decision. Anyone"
            + " holding the file may ask; the answer carries no personal data")
    public @NonNull List<@NonNull DigitalResult> digitalResult(
            @NonNull @Size(min = Bounds.SHA256_HEX, max = Bounds.SHA256_HEX) @Pattern(regexp = "[0-9a-fA-F]+")
            String sha256) {
        return files.verify(sha256).stream().map(r -> new DigitalResult(r.sha256(), r.dossierCode(),
                r.issuingAgency().code, r.issuingAgency().name, r.decisionNumber(), r.decisionDate(), r.replaced()))
                .toList();
    }

    @Authenticated
    @Description("The papers attached to the dossier, replaced ones included, in the order they were attached")
    public @NonNull List<@NonNull List<@NonNull AttachedFile>> files(@Source List<Dossier> dossiers) {
        return files.of(dossiers.stream().map(d -> d.id).toList()).stream().map(list -> {
            Map<Long, Long> replacedBy = list.stream().filter(a -> a.file().replacesId != null)
                    .collect(Collectors.toMap(a -> a.file().replacesId, a -> a.file().id));
            return list.stream().map(a -> AttachedFile.of(a, replacedBy)).toList();
        }).toList();
    }
}
