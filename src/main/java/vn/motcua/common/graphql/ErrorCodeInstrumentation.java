package vn.motcua.common.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.motcua.common.ErrorCode;

/**
 * Gives the errors no resolver threw an {@code extensions.code} too: a document that does not validate
 * against the schema (GRAPHQL_VALIDATION_FAILED) or goes over the depth or complexity limits
 * (QUERY_TOO_COMPLEX). Resolver errors keep the codes {@link CodedErrorsInterceptor} gave them. A
 * document that does not even parse is refused by Quarkus's HTTP handler before the engine runs, so it
 * never reaches this class (its error says "Unparseable input document").
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching
                || error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        if (error instanceof ValidationError validation) {
            extensions.put("code", ErrorCode.GRAPHQL_VALIDATION_FAILED.name());
            return ValidationError.newValidationError().validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription()).sourceLocations(validation.getLocations())
                    .queryPath(validation.getQueryPath()).extensions(extensions).build();
        }
        extensions.put("code", codeOf(error).name());
        ErrorClassification type = error.getErrorType();
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(type).extensions(extensions).build();
    }

    private static ErrorCode codeOf(GraphQLError error) {
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (error instanceof AbortExecutionException) {
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        return error.getErrorType() == ErrorType.ValidationError ? ErrorCode.GRAPHQL_VALIDATION_FAILED
                : ErrorCode.BAD_REQUEST;
    }
}
