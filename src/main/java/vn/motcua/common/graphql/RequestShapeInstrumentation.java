package vn.motcua.common.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses a document with too many aliases or directives, or a directive repeated on one node, right
 * after parsing and before validation or execution spend anything on it (OWASP GraphQL Cheat Sheet:
 * alias and directive overloading).
 */
public class RequestShapeInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;
    private final int maxDirectives;

    public RequestShapeInstrumentation(int maxAliases, int maxDirectives) {
        this.maxAliases = maxAliases;
        this.maxDirectives = maxDirectives;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Shape shape = new Shape();
        shape.walk(documentAndVariables.getDocument());
        if (shape.aliases > maxAliases) {
            throw new AbortExecutionException("Too many aliases: " + shape.aliases + ", at most " + maxAliases);
        }
        if (shape.repeatedDirective != null) {
            throw new AbortExecutionException("Directive @" + shape.repeatedDirective + " is repeated on one node");
        }
        if (shape.directives > maxDirectives) {
            throw new AbortExecutionException("Too many directives: " + shape.directives + ", at most " + maxDirectives);
        }
        return documentAndVariables;
    }

    private static final class Shape {
        int aliases;
        int directives;
        String repeatedDirective;

        void walk(Node<?> node) {
            if (node instanceof Field field && field.getAlias() != null) {
                aliases++;
            }
            if (node instanceof DirectivesContainer<?> container) {
                Set<String> names = new HashSet<>();
                for (Directive directive : container.getDirectives()) {
                    directives++;
                    if (!names.add(directive.getName()) && repeatedDirective == null) {
                        repeatedDirective = directive.getName();
                    }
                }
            }
            for (Node<?> child : node.getChildren()) {
                walk(child);
            }
        }
    }
}
