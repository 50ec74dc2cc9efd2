package vn.motcua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One SQL statement for a whole level of a GraphQL result: batched {@code @Source List<...>}
 * resolvers use these, so a page costs the same number of statements whatever its size.
 */
@ApplicationScoped
public class BatchLoader {

    @Inject
    EntityManager em;

    /** The entities with the given ids, in the order of the ids (null where absent). */
    public <T> List<T> byIds(Class<T> entity, List<Long> ids, Function<T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            em.createQuery("from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                    .setParameter("ids", distinct).getResultList().forEach(e -> byId.put(idOf.apply(e), e));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The rows of {@code entity} whose {@code column} is one of the keys, grouped in key order. */
    public <T> List<List<T>> childrenOf(Class<T> entity, String column, List<Long> keys, Function<T, Long> keyOf,
            String orderBy) {
        Map<Long, List<T>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("from " + entity.getSimpleName() + " e where e." + column + " in :keys order by e." + orderBy,
                    entity).setParameter("keys", keys.stream().distinct().toList()).getResultList()
                    .forEach(row -> byKey.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(row));
        }
        return keys.stream().map(k -> byKey.getOrDefault(k, List.of())).toList();
    }
}
