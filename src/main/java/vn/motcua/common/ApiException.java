package vn.motcua.common;

/**
 * A refusal whose message is safe to show to clients. Each subclass carries its
 * {@code extensions.code} through SmallRye's {@code @ErrorCode}; anything else that escapes a
 * resolver is reported without its message (see application.properties).
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
