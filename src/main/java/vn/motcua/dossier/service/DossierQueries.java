package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.calendar.service.WorkingCalendar;
import vn.motcua.catalogue.Agency;
import vn.motcua.common.BadInputException;
import vn.motcua.common.JsonText;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.RateLimitedException;
import vn.motcua.common.Slice;
import vn.motcua.common.SqlValues;
import vn.motcua.common.time.CenterClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierStatus;
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
    @Inject
    WorkingCalendar calendar;

    /**
     * The public look-up: an unknown code and a wrong secret give the same answer, so codes cannot be
     * probed, and both use up the guesses allowed to the client's address and to the code. One SQL
     * statement: the dossier, its procedure and agency names, its timeliness and its public history.
     */
    public PublicDossierStatus publicStatus(String code, String secret, String clientAddress) {
        requireGuessAllowed(code, clientAddress);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(PUBLIC_STATUS, Tuple.class).setParameter("code", code)
                .setParameter("asOf", clock.now()).setParameter("zone", clock.zoneId()).getResultList();
        Optional<Tuple> found = rows.stream().findFirst();
        if (!secretOpens(code, secret, clientAddress, found.map(r -> r.get("lookup_secret_hash", String.class)))) {
            throw new NotFoundException("No dossier matches this code and secret");
        }
        Tuple r = found.get();
        DossierStatus status = DossierStatus.valueOf(r.get("status", String.class));
        Timeliness judged = Timeliness.valueOf(r.get("timeliness", String.class));
        return new PublicDossierStatus(r.get("code", String.class), status, status.code,
                r.get("procedure_name", String.class), r.get("agency_name", String.class),
                SqlValues.instant(r.get("received_at")), SqlValues.date(r.get("appointment_date")),
                SqlValues.instant(r.get("appointment_at")), SqlValues.date(r.get("legal_due_date")), judged.isBehind(),
                judged,
                SqlValues.instant(r.get("finished_at")), history(r.get("history", String.class)));
    }

    /**
     * The dossier a receipt names, for someone who holds it (feedback about it, filed anonymously): the same
     * guesses allowed as the public look-up, and an unknown code like a wrong secret.
     */
    public Optional<Dossier> byReceipt(String code, String secret, String clientAddress) {
        requireGuessAllowed(code, clientAddress);
        Optional<Dossier> found = Dossier.findByCode(code);
        return secretOpens(code, secret, clientAddress, found.map(d -> d.lookupSecretHash)) ? found : Optional.empty();
    }

    /** Refuses a client or a code that has used up its wrong guesses, before anything is read. */
    private void requireGuessAllowed(String code, String clientAddress) {
        if (!throttle.allows(clientAddress, code)) {
            throw new RateLimitedException("Too many wrong tries; wait a few minutes and try again");
        }
    }

    /** Whether the secret opens the dossier with this stored hash (none: no such dossier); a miss counts as a guess. */
    private boolean secretOpens(String code, String secret, String clientAddress, Optional<String> storedHash) {
        if (secrets.matches(secret, storedHash.orElse(null))) {
            return true;
        }
        throttle.failed(clientAddress, code);
        return false;
    }

    private static final String PUBLIC_STATUS = """
            select d.code, d.status, d.received_at, d.appointment_date, d.appointment_at, d.legal_due_date, d.finished_at,
                   d.lookup_secret_hash, p.name as procedure_name, a.name as agency_name,
                   %s as timeliness,
                   (select coalesce(json_agg(json_build_object(
                              'at', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                              'action', e.action, 'status', e.to_status, 'agency', ea.name) order by e.id), '[]')
                      from dossier_event e left join agency ea on ea.id = e.to_agency_id
                     where e.dossier_id = d.id and e.public_note)::text as history
            from dossier d join procedure p on p.id = d.procedure_id join agency a on a.id = d.current_agency_id
            where d.code = :code""".formatted(DossierTimeliness.SQL);

    private static List<PublicDossierStatus.PublicDossierEvent> history(String json) {
        return JsonText.array(json).getValuesAs(JsonObject.class).stream()
                .map(e -> new PublicDossierStatus.PublicDossierEvent(OffsetDateTime.parse(e.getString("at")),
                        DossierAction.valueOf(e.getString("action")), DossierStatus.valueOf(e.getString("status")),
                        e.isNull("agency") ? null : e.getString("agency")))
                .toList();
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
        if (f.dueWithinWorkingDays() != null) {
            // in progress: not finished and not closed without a result
            where.append(" and d.legalDueDate <= :dueBy and d.finishedAt is null and d.status not in (:closed)");
            params.put("dueBy", calendar.addWorkingDays(clock.today(), f.dueWithinWorkingDays()));
            params.put("closed", java.util.Arrays.stream(DossierStatus.values())
                    .filter(DossierStatus::isClosedWithoutResult).toList());
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
