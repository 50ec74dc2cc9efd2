package vn.motcua.screens;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Routes of the center's pages, which are static files in {@code META-INF/resources}:
 * <ul>
 * <li>each page's address without a trailing slash ({@code /tra-cuu?ma=...}, the receipt's QR code) is
 * served its folder's {@code index.html}, which the static handler alone would answer 404;</li>
 * <li>the pages and their assets carry one content security policy: scripts, styles and calls only from
 * the service, plus the OpenID provider the console signs in at; never framed; no referrer;</li>
 * <li>{@code /screens/config} tells the console where to sign in.</li>
 * </ul>
 */
@ApplicationScoped
public class PageRoutes {

    /** The pages' addresses: catalogue detail, dossier look-up, the hall's kiosk and board, the counter console. */
    static final List<String> PAGES = List.of("/thu-tuc", "/tra-cuu", "/kiosk", "/bang-goi-so", "/quay");
    /** What carries the pages' headers: the catalogue's front page, the assets, and every page above. */
    private static final Pattern PAGE_PATHS = Pattern.compile(
            "/|/index\\.html|/assets/.*|(" + String.join("|", PAGES) + ")(/.*)?");

    @Inject
    ScreensConfig config;

    void route(@Observes Router router) {
        String policy = contentSecurityPolicy();
        router.route().order(-100).handler(context -> {
            if (PAGE_PATHS.matcher(context.normalizedPath()).matches()) {
                context.response().putHeader("Content-Security-Policy", policy)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "no-referrer");
            }
            context.next();
        });
        for (String page : PAGES) {
            router.get(page).handler(context -> folderOf(page, context));
        }
        JsonObject signIn = new JsonObject().put("authority", config.signIn().authority().orElse(null))
                .put("clientId", config.signIn().clientId());
        router.get("/screens/config").handler(context -> context.response()
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("signIn", signIn).encode()));
    }

    private static void folderOf(String page, RoutingContext context) {
        // Vert.x matches the folder's own address too: that one goes on to the static files
        if (context.request().path().endsWith("/")) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.reroute(page + "/" + (query == null ? "" : "?" + query));
    }

    private String contentSecurityPolicy() {
        String provider = config.signIn().authority().map(URI::create)
                .map(uri -> " " + uri.getScheme() + "://" + uri.getAuthority()).orElse("");
        return "default-src 'self'; connect-src 'self'" + provider + "; img-src 'self' data:; object-src 'none';"
                + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
