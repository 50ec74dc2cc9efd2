package vn.motcua.common.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import java.util.Map;

/**
 * What a field costs in the complexity limit: a plain field 1; a list page its children times the page
 * size in tens; counts and statistics over many dossiers what they really weigh, so that a few aliases of
 * them already reach the limit.
 */
public class OperationCost implements FieldComplexityCalculator {

    /** Fields that scan many rows, by name: their own weight, added to their children's. */
    static final Map<String, Integer> HEAVY = Map.of(
            "dossierStatistics", 300,
            // every point of a province: one request of it at a time
            "provinceStatistics", 600,
            "bookingStatistics", 100,
            "serviceTimeStatistics", 100,
            "totalCount", 50,
            "procedures", 50,
            "dossiers", 50,
            "myDossiers", 25,
            "displayBoard", 25);

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        int own = HEAVY.getOrDefault(environment.getField().getName(), 1);
        // a page size from the variables arrives as the JSON number it was sent as, not always an Integer
        Object first = environment.getArguments().get("first");
        if (first instanceof Number pageSize && pageSize.longValue() > 0) {
            // children repeat once per item: count them per started ten items
            return own + childComplexity * (int) Math.max(1, (Math.min(pageSize.longValue(), 100) + 9) / 10);
        }
        return own + childComplexity;
    }
}
