package vn.motcua.common;

import org.eclipse.microprofile.graphql.Description;

/**
 * The one list of error codes clients see, in a mutation's {@code userErrors.code} and in a GraphQL
 * error's {@code extensions.code}. The exceptions' {@code @ErrorCode} annotations name these values
 * (annotations need constants); ErrorCodeTest keeps the two in step.
 */
@Description("Why a request or a mutation was refused: one vocabulary for userErrors and extensions.code")
public enum ErrorCode {
    // --- business refusals (userErrors) ---
    /** An input value breaks a rule (empty, out of range, wrong format). */
    INVALID,
    NOT_FOUND,
    ALREADY_EXISTS,
    /** Someone else changed the same thing at the same time: reload and retry. */
    CONFLICT,
    /** The dossier's status does not allow this action. */
    INVALID_TRANSITION,
    FORBIDDEN,
    /** No ticket is waiting for this counter. */
    QUEUE_EMPTY,
    /** The counter is not open, or the caller is not signed in to it. */
    COUNTER_NOT_OPEN,
    /** The ticket's status does not allow this action. */
    INVALID_STATE,
    /** Too many attempts; wait and try again. */
    RATE_LIMITED,
    /** The idempotency key was already used for a different request. */
    IDEMPOTENCY_KEY_REUSED,
    // --- request errors (extensions.code) ---
    BAD_USER_INPUT,
    UNAUTHENTICATED,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    /** Over the depth, complexity, alias or directive limits. */
    QUERY_TOO_COMPLEX,
    BAD_REQUEST
}
