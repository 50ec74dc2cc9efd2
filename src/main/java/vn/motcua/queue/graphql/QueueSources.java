package vn.motcua.queue.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.queue.Counter;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.service.QueueNodes;

/**
 * Group and counter of tickets, batched. Tickets carry no personal data in the schema, so these are
 * public; a counter's officer is shown only within the caller's own center.
 */
@GraphQLApi
@CodedErrors
@PermitAll
public class QueueSources {

    @Inject
    BatchLoader batch;
    @Inject
    QueueNodes.Counters counters;

    public @NonNull List<@NonNull ServiceGroup> group(@Source List<Ticket> tickets) {
        return batch.byIds(ServiceGroup.class, tickets.stream().map(t -> t.groupId).toList(), g -> g.id);
    }

    // nullable: a waiting ticket has no counter (no @NonNull on a batch list, SmallRye reads it as the field's)
    public List<Counter> counter(@Source List<Ticket> tickets) {
        return batch.byIds(Counter.class, tickets.stream().map(t -> t.counterId).toList(), c -> c.id);
    }

    @Description("The officer signed in, while the counter is open or on a break; only for the center's own staff")
    public List<String> officer(@Source List<Counter> counters) {
        return counters.stream().map(c -> this.counters.visible(c) ? c.officer : null).toList();
    }
}
