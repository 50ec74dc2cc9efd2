package vn.motcua.dossier.http;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Optional;
import vn.motcua.common.Bounds;
import vn.motcua.dossier.service.DossierReceipts;

/**
 * {@code POST /dossiers/{code}/receipt} with {@code {"secret": "..."}}: the receipt as a PDF. A POST, so
 * that the secret travels in the body and never in a URL that logs keep.
 */
@Path("/dossiers")
public class DossierReceiptResource {

    @Inject
    DossierReceipts receipts;

    @POST
    @Path("{code}/receipt")
    @Blocking
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receipt(@PathParam("code") String code, String body) {
        String secret;
        try {
            JsonObject json = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
            secret = json.get("secret") instanceof JsonString s ? s.getString() : null;
        } catch (JsonParsingException | IllegalStateException e) {
            secret = null;
        }
        if (secret == null || secret.length() > Bounds.LOOKUP_SECRET || code.length() > Bounds.DOSSIER_CODE) {
            return problem(Response.Status.BAD_REQUEST, "BAD_USER_INPUT", "Send {\"secret\": \"...\"} from the receipt");
        }
        Optional<byte[]> pdf = receipts.receipt(code, secret);
        if (pdf.isEmpty()) {
            return problem(Response.Status.NOT_FOUND, "NOT_FOUND", "No dossier " + code + " with this secret");
        }
        return Response.ok(pdf.get(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + code.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response problem(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                .add("code", code).add("message", message).build().toString()).build();
    }
}
