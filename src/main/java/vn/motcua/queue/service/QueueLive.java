package vn.motcua.queue.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import vn.motcua.center.Center;
import vn.motcua.queue.DisplayBoard;
import vn.motcua.queue.TicketPlace;

/** Live views for subscriptions: each queue event of the center re-reads the view on a worker thread. */
@ApplicationScoped
public class QueueLive {

    @Inject
    QueueNotifications notifications;
    @Inject
    QueueQueries queries;

    public Multi<DisplayBoard> board(String centerCode) {
        return eventsOf(centerCode).map(e -> boardNow(centerCode));
    }

    public Multi<TicketPlace> ticket(String centerCode, String number) {
        return eventsOf(centerCode).map(e -> placeNow(centerCode, number))
                // every event of the center may move this ticket's place; send only real changes
                .skip().repetitions();
    }

    /** Nothing here may block the event loop that subscribes: the look-up and every read run on workers. */
    private Multi<QueueNotifications.QueueEvent> eventsOf(String centerCode) {
        return Multi.createFrom().item(centerCode)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(this::centerId)
                .onItem().transformToMultiAndMerge(id -> notifications.events().filter(e -> e.centerId() == id))
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    @ActivateRequestContext
    long centerId(String centerCode) {
        return Center.require(centerCode).id;
    }

    @ActivateRequestContext
    DisplayBoard boardNow(String centerCode) {
        return queries.board(centerCode);
    }

    @ActivateRequestContext
    TicketPlace placeNow(String centerCode, String number) {
        return queries.place(centerCode, number);
    }
}
