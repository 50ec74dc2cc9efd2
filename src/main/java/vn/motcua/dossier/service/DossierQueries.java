package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Procedure;
import vn.motcua.common.BadInputException;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.RateLimitedException;
import vn.motcua.common.Slice;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.PublicDossierStatus;
import vn.motcua.dossier.Timeliness;
import vn.motcua.security.Operation;

/**
 * Reads of dossiers. What the caller reaches is part of each query's WHERE clause ({@link DossierAccess}),
 * never a filter applied after loading; a filter in the input narrows it and never widens it.
 */
@ApplicationScoped
public class DossierQueries {

    private static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

    @Inject
    EntityManager em;
    @Inject
    DossierAccess access;
    @Inject
    DossierTimeliness timeliness;
    @Inject
    LookupSecrets secrets;
    @Inject
    LookupThrottle throttle;
    @Inject
    CenterClock clock;

    /**
     * The public look-up: an unknown code and a wrong secret give the same answer, so codes cannot be
     * probed, and both use up the guesses allowed to the client's address and to the code.
     */
    public PublicDossierStatus publicStatus(String code, String secret, String clientAddress) {
        if (!throttle.allows(clientAddress, code)) {
            throw new RateLimitedException("Too many wrong tries; wait a few minutes and try again");
        }
        Optional<Dossier> found = Dossier.findByCode(code);
        if (!secrets.matches(secret, found.map(d -> d.lookupSecretHash).orElse(null))) {
            throttle.failed(clientAddress, code);
            throw new NotFoundException("No dossier matches this code and secret");
        }
        Dossier d = found.get();
        Procedure procedure = Procedure.findById(d.procedureId);
        Map<Long, String> agencyNames = new LinkedHashMap<>();
        List<DossierEvent> events = DossierEvent.list("dossierId = ?1 and publicNote = true order by id", d.id);
        List<PublicDossierStatus.PublicDossierEvent> history = events.stream()
                .map(e -> new PublicDossierStatus.PublicDossierEvent(e.at, e.action, e.toStatus,
                        e.toAgencyId == null ? null
                                : agencyNames.computeIfAbsent(e.toAgencyId, id -> Agency.<Agency>findById(id).name)))
                .toList();
        String currentAgency = agencyNames.computeIfAbsent(d.currentAgencyId, id -> Agency.<Agency>findById(id).name);
        Timeliness judged = timeliness.of(List.of(d.id)).get(0);
        return new PublicDossierStatus(d.code, d.status, d.status.code, procedure.name, currentAgency, d.receivedAt,
                d.appointmentDate, d.legalDueDate, judged.isBehind(), judged, d.finishedAt, history);
    }

    /** One dossier for a signed-in caller, under the same rules as the lists. */
    public Optional<Dossier> visible(long id) {
        return access.byId(Operation.DOSSIER, id);
    }

    public Optional<Dossier> visibleByCode(String code) {
        return access.byCode(Operation.DOSSIER, code);
    }

    /** The signed-in applicant's own dossiers. */
    public Slice<Dossier> myDossiers(int first, String after) {
        return page(access.reachable(Operation.MY_DOSSIERS), new StringBuilder(), new LinkedHashMap<>(), first, after);
    }

    public Slice<Dossier> workList(DossierFilter filter, int first, String after) {
        DossierAccess.Where reach = access.reachable(Operation.DOSSIERS);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        DossierFilter f = filter == null ? DossierFilter.NONE : filter;
        if (f.agencyCode() != null) {
            // an agency the caller does not reach simply narrows the list to nothing
            Agency agency = Agency.findByCode(f.agencyCode())
                    .orElseThrow(() -> new NotFoundException("No agency with code " + f.agencyCode()));
            where.append(" and d.currentAgencyId = :filterAgency");
            params.put("filterAgency", agency.id);
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", f.status());
        }
        if (f.overdue() != null) {
            where.append(" and ").append(DossierTimeliness.JPQL).append(f.overdue() ? " in" : " not in")
                    .append(" (:behind)");
            params.put("behind", DossierTimeliness.names(Timeliness.BEHIND));
            params.putAll(timeliness.bind());
        }
        if (f.dueBefore() != null) {
            where.append(" and d.legalDueDate < :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.procedureCode() != null) {
            where.append(" and d.procedureId in (select p.id from Procedure p where p.code = :procedureCode)");
            params.put("procedureCode", f.procedureCode());
        }
        if (f.receivedFrom() != null) {
            where.append(" and d.receivedAt >= :receivedFrom");
            params.put("receivedFrom", clock.startOf(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            where.append(" and d.receivedAt < :receivedTo");
            params.put("receivedTo", clock.startOf(f.receivedTo().plusDays(1)));
        }
        return page(reach, where, params, first, after);
    }

    /**
     * Keyset paging by (legal due date, id): the work list's natural order, due first, and an index range
     * scan however deep the page. Dossiers without a due date come last.
     */
    private Slice<Dossier> page(DossierAccess.Where reach, StringBuilder filters, Map<String, Object> filterParams,
            int first, String after) {
        Page.requireSize(first);
        String sortKey = "coalesce(d.legalDueDate, cast('9999-12-31' as LocalDate))";
        String where = " where " + reach.condition() + filters;
        Map<String, Object> params = new LinkedHashMap<>(reach.params());
        params.putAll(filterParams);
        TypedQuery<Long> count = em.createQuery("select count(d) from Dossier d" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();

        StringBuilder pageWhere = new StringBuilder(where);
        if (after != null) {
            Key key = Key.decode(after);
            pageWhere.append(" and (").append(sortKey).append(" > :afterDate or (").append(sortKey)
                    .append(" = :afterDate and d.id > :afterId))");
            params.put("afterDate", key.date());
            params.put("afterId", key.id());
        }
        TypedQuery<Dossier> query = em.createQuery("from Dossier d" + pageWhere + " order by " + sortKey + ", d.id",
                Dossier.class);
        params.forEach(query::setParameter);
        List<Dossier> rows = query.setMaxResults(first + 1).getResultList();
        boolean hasNext = rows.size() > first;
        List<Dossier> items = hasNext ? rows.subList(0, first) : rows;
        return new Slice<>(items, items.stream().map(d -> Key.of(d).encode()).toList(), hasNext, after != null, total);
    }

    private record Key(LocalDate date, long id) {

        static Key of(Dossier d) {
            return new Key(d.legalDueDate == null ? NO_DUE_DATE : d.legalDueDate, d.id);
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
