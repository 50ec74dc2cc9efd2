package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Procedure;
import vn.motcua.common.BadInputException;
import vn.motcua.common.NotAllowedException;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.PageInfo;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.graphql.DossierInputs;
import vn.motcua.dossier.graphql.DossierPayloads;
import vn.motcua.security.Caller;
import vn.motcua.security.Roles;

/**
 * Reads of dossiers. Data rules are part of each query's WHERE clause, never a filter applied after
 * loading: a citizen's query only matches their identity number, a department officer's only their
 * agency's dossiers.
 */
@ApplicationScoped
public class DossierQueries {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    /** The public look-up: an unknown code and a wrong secret give the same answer, so codes cannot be probed. */
    public DossierPayloads.PublicStatus publicStatus(String code, String secret) {
        Optional<Dossier> found = Dossier.findByCode(code);
        String expected = found.map(d -> d.lookupSecretHash).orElse(DossierService.hash("not-a-dossier"));
        boolean match = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                DossierService.hash(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII));
        if (found.isEmpty() || !match) {
            throw new NotFoundException("No dossier matches this code and secret");
        }
        Dossier d = found.get();
        Procedure procedure = Procedure.findById(d.procedureId);
        Map<Long, String> agencyNames = new LinkedHashMap<>();
        List<DossierEvent> events = DossierEvent.list("dossierId = ?1 and publicNote = true order by id", d.id);
        List<DossierPayloads.PublicEvent> history = events.stream().map(e -> new DossierPayloads.PublicEvent(e.at,
                e.action, e.toStatus, e.toAgencyId == null ? null
                        : agencyNames.computeIfAbsent(e.toAgencyId, id -> Agency.<Agency>findById(id).name)))
                .toList();
        String currentAgency = agencyNames.computeIfAbsent(d.currentAgencyId, id -> Agency.<Agency>findById(id).name);
        return new DossierPayloads.PublicStatus(d.code, d.status, d.status.code, procedure.name, currentAgency,
                d.receivedAt, d.appointmentDate, d.isOverdue(), d.finishedAt, history);
    }

    /** One dossier for a signed-in caller, under the same rules as the lists. */
    public Optional<Dossier> visible(long id) {
        return visibleWhere("d.id = :key", id);
    }

    public Optional<Dossier> visibleByCode(String code) {
        return visibleWhere("d.code = :key", code);
    }

    private Optional<Dossier> visibleWhere(String condition, Object key) {
        Scope scope = scope();
        if (scope == null) {
            return Optional.empty();
        }
        TypedQuery<Dossier> query = em.createQuery("from Dossier d where " + condition + scope.where(), Dossier.class);
        scope.params().forEach(query::setParameter);
        return query.setParameter("key", key).getResultStream().findFirst();
    }

    public DossierPayloads.Connection myDossiers(int first, String after) {
        String citizenId = caller.citizenId().orElseThrow(
                () -> new BadInputException("Your token carries no citizen identity number"));
        return page(" and d.applicantIdNumber = :citizen", Map.of("citizen", citizenId), first, after);
    }

    public DossierPayloads.Connection workList(DossierInputs.Filter filter, int first, String after) {
        Scope scope = scope();
        if (scope == null) {
            throw new NotAllowedException();
        }
        StringBuilder where = new StringBuilder(scope.where());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        DossierInputs.Filter f = filter == null ? new DossierInputs.Filter(null, null, null, null, null, null, null) : filter;
        if (f.agencyCode() != null) {
            Agency agency = Agency.findByCode(f.agencyCode())
                    .orElseThrow(() -> new NotFoundException("No agency with code " + f.agencyCode()));
            if (params.containsKey("agency") && !params.get("agency").equals(agency.id)) {
                throw new NotAllowedException();
            }
            where.append(" and d.currentAgencyId = :filterAgency");
            params.put("filterAgency", agency.id);
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", f.status());
        }
        LocalDate today = LocalDate.now(Dossier.LOCAL_ZONE);
        if (f.overdue() != null) {
            // the same rule as Dossier.isOverdue, in the query: the local day the clock stopped (finished,
            // paused) or today, after the appointment date
            String late = "(d.appointmentDate is not null and d.status not in (REFUSED, WITHDRAWN, STOPPED) and"
                    + " coalesce(cast(function('timezone', 'Asia/Ho_Chi_Minh', coalesce(d.finishedAt, d.pausedAt))"
                    + " as LocalDate), :today) > d.appointmentDate)";
            where.append(f.overdue() ? " and " + late : " and not " + late);
            params.put("today", today);
        }
        if (f.dueBefore() != null) {
            where.append(" and d.appointmentDate < :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.procedureCode() != null) {
            where.append(" and d.procedureId in (select p.id from Procedure p where p.code = :procedureCode)");
            params.put("procedureCode", f.procedureCode());
        }
        if (f.receivedFrom() != null) {
            where.append(" and d.receivedAt >= :receivedFrom");
            params.put("receivedFrom", f.receivedFrom().atStartOfDay(Dossier.LOCAL_ZONE).toOffsetDateTime());
        }
        if (f.receivedTo() != null) {
            where.append(" and d.receivedAt < :receivedTo");
            params.put("receivedTo", f.receivedTo().plusDays(1).atStartOfDay(Dossier.LOCAL_ZONE).toOffsetDateTime());
        }
        return page(where.toString(), params, first, after);
    }

    private record Scope(String where, Map<String, Object> params) {
    }

    /** The rows the caller may see at all, as a WHERE fragment; null for anonymous callers. */
    private Scope scope() {
        if (caller.hasRole(Roles.CENTER_MANAGER) || caller.hasRole(Roles.COUNTER_OFFICER)) {
            return new Scope("", Map.of());
        }
        if (caller.hasRole(Roles.DEPARTMENT_OFFICER) || caller.hasRole(Roles.PARTNER_AGENCY)) {
            Long agencyId = caller.agencyCode().flatMap(Agency::findByCode).map(a -> a.id).orElse(-1L);
            return new Scope(" and d.currentAgencyId = :agency", Map.of("agency", agencyId));
        }
        if (caller.hasRole(Roles.CITIZEN)) {
            return new Scope(" and d.applicantIdNumber = :citizen", Map.of("citizen", caller.citizenId().orElse("")));
        }
        return null;
    }

    /**
     * Keyset paging by (appointment date, id): the work list's natural order, due first, and an index
     * range scan however deep the page. Dossiers without an appointment date come last.
     */
    private DossierPayloads.Connection page(String where, Map<String, Object> params, int first, String after) {
        Page.requireSize(first);
        String sortKey = "coalesce(d.appointmentDate, cast('9999-12-31' as LocalDate))";
        TypedQuery<Long> count = em.createQuery("select count(d) from Dossier d where 1 = 1" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();

        StringBuilder pageWhere = new StringBuilder(where);
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        if (after != null) {
            Key key = Key.decode(after);
            pageWhere.append(" and (").append(sortKey).append(" > :afterDate or (").append(sortKey)
                    .append(" = :afterDate and d.id > :afterId))");
            pageParams.put("afterDate", key.date());
            pageParams.put("afterId", key.id());
        }
        TypedQuery<Dossier> query = em.createQuery("from Dossier d where 1 = 1" + pageWhere + " order by " + sortKey
                + ", d.id", Dossier.class);
        pageParams.forEach(query::setParameter);
        List<Dossier> rows = query.setMaxResults(first + 1).getResultList();
        boolean hasNext = rows.size() > first;
        List<Dossier> items = hasNext ? rows.subList(0, first) : rows;
        List<DossierPayloads.Edge> edges = items.stream().map(d -> new DossierPayloads.Edge(Key.of(d).encode(), d))
                .toList();
        return new DossierPayloads.Connection(edges, new PageInfo(hasNext, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), total);
    }

    private record Key(LocalDate date, long id) {

        static Key of(Dossier d) {
            return new Key(d.appointmentDate == null ? LocalDate.of(9999, 12, 31) : d.appointmentDate, d.id);
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("k:" + date + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                if (parts.length != 3 || !parts[0].equals("k")) {
                    throw new IllegalArgumentException();
                }
                return new Key(LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new BadInputException("Malformed cursor: " + cursor);
            }
        }
    }
}
