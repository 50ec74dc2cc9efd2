package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Timeliness;

/**
 * Reads {@link Timeliness} from its one definition, the SQL function {@code dossier_timeliness}, for
 * dossiers (batched) and as a condition for queries; now and the zone come from {@link CenterClock}.
 */
@ApplicationScoped
public class DossierTimeliness {

    /** The function over a dossier aliased {@code d}, in JPQL; needs {@link #bind}'s parameters. */
    public static final String JPQL = "cast(function('dossier_timeliness', d.status, d.legalDueDate, d.legalDueAt,"
            + " d.finishedAt, d.pausedAt, d.supplementCount, :asOf, :zone) as String)";
    /** The same over a row aliased {@code d}, in SQL. */
    public static final String SQL = "dossier_timeliness(d.status, d.legal_due_date, d.legal_due_at, d.finished_at,"
            + " d.paused_at, d.supplement_count, :asOf, :zone)";

    @Inject
    EntityManager em;
    @Inject
    CenterClock clock;

    /** The timeliness of each dossier, in the order of the ids. */
    public List<Timeliness> of(List<Long> ids) {
        Map<Long, Timeliness> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Tuple> rows = em.createQuery("select d.id as id, " + JPQL + " as timeliness from Dossier d"
                    + " where d.id in :ids", Tuple.class).setParameter("ids", ids.stream().distinct().toList())
                    .setParameter("asOf", clock.now()).setParameter("zone", clock.zoneId()).getResultList();
            rows.forEach(r -> byId.put(r.get("id", Long.class), Timeliness.valueOf(r.get("timeliness", String.class))));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The parameters {@link #JPQL} and {@link #SQL} need. */
    public Map<String, Object> bind() {
        return Map.of("asOf", clock.now(), "zone", clock.zoneId());
    }

    /** The names of a set of kinds, for {@code in (:kinds)}. */
    public static List<String> names(java.util.Collection<Timeliness> kinds) {
        return kinds.stream().map(Enum::name).toList();
    }
}
