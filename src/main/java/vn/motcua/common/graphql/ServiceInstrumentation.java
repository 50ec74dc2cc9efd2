package vn.motcua.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The service's instrumentations as one, each called at the one hook it uses. graphql-java's
 * {@code ChainedInstrumentation} visits every member at every hook of every field, and for SmallRye's
 * document cache (a {@code SimpleInstrumentation}, whose per-field hooks answer a no-op context rather than
 * none) chains a context for each field: JFR had that chaining at several percent of the catalogue page.
 * Here the per-field hooks answer nothing, which graphql-java skips, and only the data fetcher is
 * instrumented per field.
 */
final class ServiceInstrumentation extends SimplePerformantInstrumentation {

    private final Optional<Instrumentation> documentCache;
    private final RequestShapeInstrumentation requestShape;
    private final OperationLimits limits;
    private final ErrorCodeInstrumentation errorCodes;
    private final DirectFieldFetching fieldReads;

    ServiceInstrumentation(Optional<Instrumentation> documentCache, RequestShapeInstrumentation requestShape,
            OperationLimits limits, ErrorCodeInstrumentation errorCodes, DirectFieldFetching fieldReads) {
        this.documentCache = documentCache;
        this.requestShape = requestShape;
        this.limits = limits;
        this.errorCodes = errorCodes;
        this.fieldReads = fieldReads;
    }

    /** The document cache keeps a document whose validation ended clean. */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return documentCache.map(cache -> cache.beginValidation(parameters, null)).orElse(null);
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return requestShape.instrumentDocumentAndVariables(documentAndVariables, parameters, null);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return limits.beginExecuteOperation(parameters, null);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldReads.instrumentDataFetcher(fetcher, parameters, null);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return errorCodes.instrumentExecutionResult(result, parameters, null);
    }
}
