package vn.motcua.dossier.http;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import vn.motcua.common.Bounds;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.JsonText;
import vn.motcua.common.http.HttpAnswers;
import vn.motcua.dossier.Letter;
import vn.motcua.dossier.service.DossierPrints;

/**
 * The printed papers of a dossier. {@code POST /dossiers/{code}/receipt} with {@code {"secret": "..."}}:
 * the receipt (a POST, so that the secret travels in the body and never in a URL that logs keep).
 * {@code GET /dossiers/{code}/letters/{letter}} ({@code supplement-request}, {@code refusal},
 * {@code apology}): the latest such letter. Anything not found or out of reach is 404.
 */
@Path("/dossiers")
public class DossierPrintResource {

    @Inject
    DossierPrints prints;

    @POST
    @Path("{code}/receipt")
    @Blocking
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receipt(@PathParam("code") String code, String body) {
        String secret;
        try {
            JsonObject json = JsonText.object(body == null ? "" : body);
            secret = json.get("secret") instanceof JsonString s ? s.getString() : null;
        } catch (JsonParsingException | IllegalStateException e) {
            secret = null;
        }
        if (secret == null || secret.length() > Bounds.LOOKUP_SECRET || code.length() > Bounds.DOSSIER_CODE) {
            return HttpAnswers.refusal(400, ErrorCode.BAD_USER_INPUT.name(),
                    "Send {\"secret\": \"...\"} from the receipt");
        }
        Optional<byte[]> pdf = prints.receipt(code, secret);
        if (pdf.isEmpty()) {
            return HttpAnswers.refusal(404, ErrorCode.NOT_FOUND.name(), "No dossier " + code + " with this secret");
        }
        return pdf(pdf.get(), code);
    }

    @GET
    @Path("{code}/letters/{letter}")
    @Blocking
    @Authenticated
    public Response letter(@PathParam("code") String code, @PathParam("letter") String name) {
        Optional<Letter> letter = Arrays.stream(Letter.values())
                .filter(l -> l.name().replace('_', '-').equalsIgnoreCase(name)).findFirst();
        Optional<byte[]> pdf = letter.isEmpty() || code.length() > Bounds.DOSSIER_CODE ? Optional.empty()
                : prints.letter(code, letter.get());
        if (pdf.isEmpty()) {
            return HttpAnswers.refusal(404, ErrorCode.NOT_FOUND.name(), "No " + name + " letter for dossier " + code);
        }
        return pdf(pdf.get(), code + "-" + letter.get().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Response pdf(byte[] pdf, String name) {
        return HttpAnswers.personal(Response.ok(pdf, "application/pdf"))
                .header("Content-Disposition",
                        "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf\"")
                .build();
    }
}
