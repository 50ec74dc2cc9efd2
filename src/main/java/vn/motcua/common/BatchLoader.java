package vn.motcua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One SQL statement for a whole level of a GraphQL result: batched {@code @Source List<...>}
 * resolvers use these, so a page costs the same number of statements whatever its size.
 */
@ApplicationScoped
public class BatchLoader {

    /**
     * The keys go in as single parameters, as many as the narrowest of these widths that holds them, the last key
     * repeated to fill it. Hibernate keeps a query's translation only when no parameter is a list: with one, it
     * translated the query again on every call (a tenth of the catalogue page's samples under JFR). The widest
     * holds a page of {@link Page#MAX_PAGE_SIZE}; more keys take one statement per width.
     */
    private static final int[] WIDTHS = { 8, 32, 128 };

    @Inject
    EntityManager em;

    /** The entities with the given ids, in the order of the ids (null where absent or the id is null). */
    public <T> List<T> byIds(Class<T> entity, List<Long> ids, Function<T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        rowsWhereIn(entity, "id", ids.stream().filter(Objects::nonNull).distinct().toList(), null)
                .forEach(e -> byId.put(idOf.apply(e), e));
        return ids.stream().map(byId::get).toList();
    }

    /** The rows of {@code entity} whose {@code column} is one of the keys, grouped in key order. */
    public <T> List<List<T>> childrenOf(Class<T> entity, String column, List<Long> keys, Function<T, Long> keyOf,
            String orderBy) {
        Map<Long, List<T>> byKey = new HashMap<>();
        rowsWhereIn(entity, column, keys.stream().filter(Objects::nonNull).distinct().toList(), orderBy)
                .forEach(row -> byKey.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(row));
        return keys.stream().map(k -> byKey.getOrDefault(k, List.of())).toList();
    }

    /** Rows whose column is one of the distinct keys; a key's rows all come from one statement, in order. */
    private <T> List<T> rowsWhereIn(Class<T> entity, String column, List<Long> distinctKeys, String orderBy) {
        List<T> rows = new ArrayList<>();
        int widest = WIDTHS[WIDTHS.length - 1];
        for (int from = 0; from < distinctKeys.size(); from += widest) {
            List<Long> keys = distinctKeys.subList(from, Math.min(distinctKeys.size(), from + widest));
            int width = IntStream.of(WIDTHS).filter(w -> w >= keys.size()).findFirst().orElse(widest);
            String parameters = IntStream.rangeClosed(1, width).mapToObj(i -> "?" + i)
                    .collect(Collectors.joining(", "));
            TypedQuery<T> query = em.createQuery("from " + entity.getSimpleName() + " e where e." + column + " in ("
                    + parameters + ")" + (orderBy == null ? "" : " order by e." + orderBy), entity);
            for (int i = 0; i < width; i++) {
                query.setParameter(i + 1, keys.get(Math.min(i, keys.size() - 1)));
            }
            rows.addAll(query.getResultList());
        }
        return rows;
    }
}
