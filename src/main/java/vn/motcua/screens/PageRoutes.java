package vn.motcua.screens;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The center's pages live as static files in {@code META-INF/resources/<page>/index.html}; their addresses
 * have no trailing slash ({@code /tra-cuu?ma=...}, the receipt's QR code), which the static handler would
 * answer 404. Each such address is routed, inside the server, to its page's folder.
 */
@ApplicationScoped
public class PageRoutes {

    /** The pages' addresses: the catalogue's detail, the dossier look-up. */
    static final List<String> PAGES = List.of("/thu-tuc", "/tra-cuu");

    void route(@Observes Router router) {
        for (String page : PAGES) {
            // Vert.x matches the folder's own address too: that one goes on to the static files
            router.get(page).handler(context -> {
                if (context.request().path().endsWith("/")) {
                    context.next();
                    return;
                }
                String query = context.request().query();
                context.reroute(page + "/" + (query == null ? "" : "?" + query));
            });
        }
    }
}
