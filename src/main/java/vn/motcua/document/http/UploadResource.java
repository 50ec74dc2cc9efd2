package vn.motcua.document.http;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import vn.motcua.common.http.HttpAnswers;
import vn.motcua.document.StoredFile;
import vn.motcua.document.service.Uploads;
import vn.motcua.security.Roles;

/**
 * {@code POST /uploads?name=scan.pdf} with the file as the body: the first half of attaching a paper.
 * The answer's {@code id} goes into the GraphQL mutation that attaches it ({@code attachDossierFile}).
 * Refusals answer with the same {@code code} vocabulary as GraphQL errors.
 */
@Path("/uploads")
public class UploadResource {

    @Inject
    Uploads uploads;

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CITIZEN, Roles.COUNTER_OFFICER, Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY,
            Roles.CENTER_MANAGER })
    public Response upload(InputStream body, @QueryParam("name") String name) throws IOException {
        try {
            StoredFile file = uploads.store(body, name);
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                    .add("id", String.valueOf(file.id)).add("fileName", file.fileName)
                    .add("mediaType", file.fileType.mediaType).add("sizeBytes", file.sizeBytes)
                    .add("sha256", file.sha256).build().toString()).build();
        } catch (Uploads.RefusedUpload refused) {
            int status = switch (refused.refusal) {
                case TOO_LARGE -> 413;
                case UNSUPPORTED_TYPE -> 415;
                case EMPTY, BAD_NAME -> 400;
            };
            return HttpAnswers.refusal(status, refused.refusal.name(), refused.getMessage());
        }
    }
}
