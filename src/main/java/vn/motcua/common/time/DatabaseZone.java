package vn.motcua.common.time;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Tells the database the centers' zone at every start ({@code use_center_zone}, V27): what it keeps in
 * step with the dossiers in local time (the month statistics' figures by local month, each dossier's overdue
 * moment at the end of its local due day) is kept in this zone, and a zone it has not kept them in yet builds
 * them again from every dossier. Runs before the demo data, so that the generator's dossiers are kept as they
 * are inserted.
 */
@ApplicationScoped
public class DatabaseZone {

    private static final Logger LOG = Logger.getLogger(DatabaseZone.class);
    /** A rebuild reads and rewrites every dossier: minutes for a million on 2 cores. */
    private static final int REBUILD_TIMEOUT_SECONDS = 3600;

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;

    void onStart(@Observes @Priority(1000) StartupEvent event) {
        long started = System.nanoTime();
        boolean rebuilt = QuarkusTransaction.requiringNew().timeout(REBUILD_TIMEOUT_SECONDS)
                .call(() -> (Boolean) em.createNativeQuery("select use_center_zone(:zone)")
                        .setParameter("zone", clock.zoneId()).getSingleResult());
        if (rebuilt) {
            LOG.infof("Kept figures rebuilt for zone %s in %d ms", clock.zoneId(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
