package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;
import vn.motcua.security.Reach;

/**
 * The dossiers an operation may touch for this caller, as one JPQL condition: reads and writes load
 * through it, so a dossier outside the caller's reach is simply not found, exactly like an unknown one.
 */
@ApplicationScoped
public class DossierAccess {

    @Inject
    Caller caller;
    @Inject
    CallerScope scope;
    @Inject
    EntityManager em;

    /** A JPQL condition on {@code d} with its parameters. */
    public record Where(String condition, Map<String, Object> params) {
    }

    /** What the caller's reach for the operation covers; matches nothing when they have none (fail closed). */
    public Where reachable(Operation operation) {
        Set<Reach> reach = caller.reach(operation);
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (Reach r : reach) {
            switch (r) {
                case ALL -> any.add("1 = 1");
                // received at the token's center, or to be returned there (received elsewhere, regardless of boundary)
                case CENTER -> centers(any, params, "(d.centerId in :reachCenters or d.returnCenterId in :reachCenters)");
                case CENTER_INTAKE -> {
                    centers(any, params, "(d.centerId in :reachCenters and d.status = :intakeStatus)");
                    params.put("intakeStatus", DossierStatus.RECEIVED);
                }
                case AGENCY -> scope.agencyId().ifPresent(agency -> {
                    any.add("d.currentAgencyId = :reachAgency");
                    params.put("reachAgency", agency);
                });
                case APPLICANT -> {
                    // a person's number and an organisation's code are told apart by the kind of document
                    // and a person who files for someone else (ủy quyền) follows the dossier as the applicant does
                    scope.citizenId().ifPresent(id -> {
                        any.add("(d.applicantIdNumber = :reachApplicant and d.applicantIdKind <> :enterprise)");
                        any.add("d.representativeIdNumber = :reachApplicant");
                        params.put("reachApplicant", id);
                        params.put("enterprise", IdentityDocument.ENTERPRISE_CODE);
                    });
                    scope.organisationCode().ifPresent(code -> {
                        any.add("(d.applicantIdNumber = :reachOrganisation and d.applicantIdKind = :enterprise)");
                        params.put("reachOrganisation", code);
                        params.put("enterprise", IdentityDocument.ENTERPRISE_CODE);
                    });
                }
                case COUNTER -> {
                    // a counter reaches tickets, not dossiers
                }
            }
        }
        return new Where(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")", params);
    }

    private void centers(List<String> any, Map<String, Object> params, String condition) {
        if (!scope.centerIds().isEmpty()) {
            any.add(condition);
            params.put("reachCenters", scope.centerIds());
        }
    }

    /** The dossier with this code, if the operation reaches it. */
    public Optional<Dossier> byCode(Operation operation, String code) {
        return first(operation, "d.code = :key", code);
    }

    public Optional<Dossier> byId(Operation operation, long id) {
        return first(operation, "d.id = :key", id);
    }

    private Optional<Dossier> first(Operation operation, String condition, Object key) {
        Where where = reachable(operation);
        TypedQuery<Dossier> query = em.createQuery("from Dossier d where " + condition + " and " + where.condition(),
                Dossier.class);
        where.params().forEach(query::setParameter);
        return query.setParameter("key", key).getResultStream().findFirst();
    }
}
