package vn.motcua.queue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.motcua.common.NodeResolver;
import vn.motcua.queue.Counter;
import vn.motcua.queue.ServiceGroup;
import vn.motcua.queue.Ticket;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;

/** node(id) for the queue: tickets and groups are public (no personal data); counters follow {@code counters}. */
public final class QueueNodes {

    private QueueNodes() {
    }

    @ApplicationScoped
    public static class Tickets implements NodeResolver {
        @Override
        public String type() {
            return Ticket.TYPE;
        }

        @Override
        public Optional<Ticket> load(long id) {
            return Ticket.findByIdOptional(id);
        }
    }

    @ApplicationScoped
    public static class ServiceGroups implements NodeResolver {
        @Override
        public String type() {
            return ServiceGroup.TYPE;
        }

        @Override
        public Optional<ServiceGroup> load(long id) {
            return ServiceGroup.findByIdOptional(id);
        }
    }

    @ApplicationScoped
    public static class Counters implements NodeResolver {
        @Inject
        CallerScope scope;

        @Override
        public String type() {
            return Counter.TYPE;
        }

        @Override
        public Optional<Counter> load(long id) {
            return Counter.<Counter>findByIdOptional(id).filter(this::visible);
        }

        /** Within the caller's reach for {@code counters}: their own center's. */
        public boolean visible(Counter counter) {
            return scope.reaches(Operation.COUNTERS, counter.centerId);
        }
    }
}
