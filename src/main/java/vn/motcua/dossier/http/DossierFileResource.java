package vn.motcua.dossier.http;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.http.HttpAnswers;
import vn.motcua.dossier.service.DossierFiles;

/**
 * {@code GET /files/{id}}: a dossier's file, streamed to whoever may read the dossier, every download on
 * record. A file out of the caller's reach answers 404 like one that does not exist.
 */
@Path("/files")
public class DossierFileResource {

    @Inject
    DossierFiles files;

    @GET
    @Path("{id:\\d{1,18}}")
    @Blocking
    @Authenticated
    public Response download(@PathParam("id") long id) throws IOException {
        Optional<DossierFiles.Download> download = files.download(id);
        if (download.isEmpty()) {
            return HttpAnswers.refusal(404, ErrorCode.NOT_FOUND.name(), "No file " + id);
        }
        var stored = download.get().stored();
        InputStream content = download.get().content();
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        String asciiName = stored.fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpAnswers.personal(Response.ok(body, stored.fileType.mediaType))
                .header(HttpHeaders.CONTENT_LENGTH, stored.sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(stored.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.ETAG, "\"" + stored.sha256 + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(stored.sha256)))
                .build();
    }
}
