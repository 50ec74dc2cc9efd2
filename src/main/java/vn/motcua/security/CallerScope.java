package vn.motcua.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalogue.Agency;
import vn.motcua.center.Center;

/**
 * The caller's token claims resolved to the rows they name, once per request: the center (with its
 * branches where configured), the agency, the counter and the identity number. An unknown code in a
 * token reaches nothing.
 */
@RequestScoped
public class CallerScope {

    @Inject
    Caller caller;
    @Inject
    ClaimsConfig config;

    private Set<Long> centerIds;
    private Optional<Long> agencyId;

    /** The token's center and, where the deployment says so, its branches; empty without a claim. */
    public Set<Long> centerIds() {
        if (centerIds == null) {
            centerIds = centersReachedFrom(caller.centerCode());
        }
        return centerIds;
    }

    /**
     * The centers a token naming {@code centerCode} reaches: that center and, where the deployment says so,
     * its branches. For views that outlive their request (subscriptions), which read the claim while it is at
     * hand and resolve it later.
     */
    public Set<Long> centersReachedFrom(Optional<String> centerCode) {
        Set<Long> ids = new HashSet<>();
        centerCode.flatMap(Center::findByCode).ifPresent(center -> {
            ids.add(center.id);
            if (config.centerReachIncludesBranches()) {
                Center.<Center>list("parentId", center.id).forEach(branch -> ids.add(branch.id));
            }
        });
        return Set.copyOf(ids);
    }

    /** The center the token names itself (not a branch). */
    public Optional<Center> center() {
        return caller.centerCode().flatMap(Center::findByCode);
    }

    public Optional<Long> agencyId() {
        if (agencyId == null) {
            agencyId = caller.agencyCode().flatMap(Agency::findByCode).map(a -> a.id);
        }
        return agencyId;
    }

    public Optional<String> counterCode() {
        return caller.counterCode();
    }

    public Optional<String> citizenId() {
        return caller.citizenId();
    }

    public Optional<String> organisationCode() {
        return caller.organisationCode();
    }

    /** Whether the operation reaches objects of this center for the caller: all of them, or their own center's. */
    public boolean reaches(Operation operation, Long centerId) {
        Set<Reach> reach = caller.reach(operation);
        return reach.contains(Reach.ALL) || reach.contains(Reach.CENTER) && reachesCenter(centerId);
    }

    public boolean reachesCenter(Long centerId) {
        return centerId != null && centerIds().contains(centerId);
    }

    /** Whether the caller is this applicant: the person the token names, or the organisation it acts for. */
    public boolean isApplicant(String idNumber, boolean organisation) {
        return idNumber != null && (organisation ? organisationCode() : citizenId()).filter(idNumber::equals).isPresent();
    }

    public boolean holdsAgency(Long agencyId) {
        return agencyId != null && agencyId().filter(agencyId::equals).isPresent();
    }
}
