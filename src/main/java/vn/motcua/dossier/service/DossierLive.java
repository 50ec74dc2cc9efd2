package vn.motcua.dossier.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.motcua.center.Center;
import vn.motcua.common.live.LiveTopics;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.notification.OutboxEvent;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;
import vn.motcua.security.Reach;

/**
 * Officers' live view of the dossiers they may read, as the outbox announces each committed change
 * ({@link LiveTopics}): an agency's officers and partners hear the dossiers it holds after the change (one
 * transferred to it, a supplement received for it), counter officers and managers their center's. The reach
 * is DOSSIER_CHANGED's, read from the token when the subscription starts, since it outlives the request.
 */
@ApplicationScoped
public class DossierLive {

    @Inject
    LiveTopics live;
    @Inject
    Caller caller;
    @Inject
    CallerScope scope;

    public Multi<DossierChange> changes() {
        Set<Reach> reach = caller.reach(Operation.DOSSIER_CHANGED);
        Optional<String> centerClaim = caller.centerCode();
        Optional<String> agencyClaim = caller.agencyCode();
        // the codes are resolved on a worker: nothing here may block the event loop that subscribes
        return Multi.createFrom().item(reach).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(granted -> audience(granted, centerClaim, agencyClaim))
                .onItem().transformToMultiAndMerge(hears -> live.heard(LiveTopics.Topic.DOSSIER)
                        .map(OutboxEvent::dataOf).filter(hears))
                .map(DossierLive::change);
    }

    /** Which announced changes the caller hears. */
    @ActivateRequestContext
    Predicate<JsonObject> audience(Set<Reach> reach, Optional<String> centerClaim, Optional<String> agencyClaim) {
        if (reach.contains(Reach.ALL)) {
            return change -> true;
        }
        Set<String> centers = !reach.contains(Reach.CENTER) ? Set.of() : scope.centersReachedFrom(centerClaim).stream()
                .map(id -> Center.<Center>findById(id).code).collect(Collectors.toUnmodifiableSet());
        Optional<String> agency = reach.contains(Reach.AGENCY) ? agencyClaim : Optional.empty();
        return change -> centers.contains(change.getString("centerCode", ""))
                || agency.isPresent() && agency.get().equals(change.getString("agencyCode", null));
    }

    private static DossierChange change(JsonObject data) {
        return new DossierChange(data.getString("dossierCode"), DossierAction.valueOf(data.getString("action")),
                DossierStatus.valueOf(data.getString("status")), data.getString("agencyCode", null),
                data.getString("fromAgencyCode", null), OffsetDateTime.parse(data.getString("occurredAt")));
    }
}
