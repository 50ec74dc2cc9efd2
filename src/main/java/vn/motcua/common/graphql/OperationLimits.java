package vn.motcua.common.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.ExecutionResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cost ({@link OperationCost}) and depth limits of an operation. Both are properties of the document
 * and the operation, except where a variable gives a page size ({@code first}) or a {@code @skip} or
 * {@code @include} condition. So an operation that passed is remembered with the page sizes it was given,
 * on its cached document (by identity, as SmallRye's document cache keeps it), and not walked again: JFR put
 * the two walks at 9% of the look-up's CPU. A document with variable conditions is walked on every call.
 */
public class OperationLimits extends SimplePerformantInstrumentation {

    /** Remembered passes per document: more than one client sends with different page sizes. */
    private static final int PASSES_PER_DOCUMENT = 32;

    private final int maxComplexity;
    private final int maxDepth;
    private final OperationCost cost = new OperationCost();
    private final Cache<Document, Shape> shapes = Caffeine.newBuilder().weakKeys().maximumSize(2_000).build();

    public OperationLimits(int maxComplexity, int maxDepth) {
        this.maxComplexity = maxComplexity;
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Shape shape = shapes.get(execution.getDocument(), Shape::of);
        List<Object> pass = shape.passKey(execution);
        if (pass == null || !shape.passed.contains(pass)) {
            check(execution);
            if (pass != null && shape.passed.size() < PASSES_PER_DOCUMENT) {
                shape.passed.add(pass);
            }
        }
        return null;
    }

    private void check(ExecutionContext execution) {
        String operation = execution.getExecutionInput().getOperationName();
        int complexity = QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(cost)
                .schema(execution.getGraphQLSchema()).document(execution.getDocument()).operationName(operation)
                .variables(execution.getCoercedVariables()).build().calculate();
        if (complexity > maxComplexity) {
            throw new AbortExecutionException("maximum query complexity exceeded " + complexity + " > " + maxComplexity);
        }
        int depth = QueryTraverser.newQueryTraverser().schema(execution.getGraphQLSchema())
                .document(execution.getDocument()).operationName(operation)
                .coercedVariables(execution.getCoercedVariables()).build()
                .reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        if (depth > maxDepth) {
            throw new AbortExecutionException("maximum query depth exceeded " + depth + " > " + maxDepth);
        }
    }

    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (QueryVisitorFieldEnvironment up = field.getParentEnvironment(); up != null; up = up.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    /** What of a document its figures depend on besides itself, found once per document. */
    private static final class Shape {
        final boolean conditional;
        final List<String> pageSizeVariables;
        final Set<List<Object>> passed = ConcurrentHashMap.newKeySet();

        private Shape(boolean conditional, List<String> pageSizeVariables) {
            this.conditional = conditional;
            this.pageSizeVariables = pageSizeVariables;
        }

        static Shape of(Document document) {
            Walk walk = new Walk();
            walk.visit(document);
            return new Shape(walk.conditional, new ArrayList<>(walk.pageSizeVariables));
        }

        /** The operation with the page sizes its variables give; null when it cannot be remembered. */
        List<Object> passKey(ExecutionContext execution) {
            if (conditional) {
                return null;
            }
            List<Object> key = new ArrayList<>(pageSizeVariables.size() + 1);
            key.add(String.valueOf(execution.getExecutionInput().getOperationName()));
            for (String variable : pageSizeVariables) {
                key.add(execution.getCoercedVariables().get(variable));
            }
            return key;
        }
    }

    private static final class Walk {
        boolean conditional;
        final Set<String> pageSizeVariables = new LinkedHashSet<>();

        void visit(Node<?> node) {
            if (node instanceof Argument argument && argument.getValue() instanceof VariableReference variable) {
                if ("first".equals(argument.getName())) {
                    pageSizeVariables.add(variable.getName());
                }
            }
            if (node instanceof Directive directive && directive.getArguments().stream()
                    .anyMatch(a -> a.getValue() instanceof VariableReference)) {
                conditional = true;
            }
            for (Node<?> child : node.getChildren()) {
                visit(child);
            }
        }
    }
}
