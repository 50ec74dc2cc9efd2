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
            "dossierStatistics", 60,
            "serviceTimeStatistics", 20,
            "totalCount", 10,
            "procedures", 10,
            "dossiers", 10,
            "myDossiers", 5,
            "displayBoard", 5);

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        int own = HEAVY.getOrDefault(environment.getField().getName(), 1);
        Object first = environment.getArguments().get("first");
        if (first instanceof Integer pageSize && pageSize > 0) {
            // children repeat once per item: count them per started ten items
            return own + childComplexity * Math.max(1, (Math.min(pageSize, 100) + 9) / 10);
        }
        return own + childComplexity;
    }
}
