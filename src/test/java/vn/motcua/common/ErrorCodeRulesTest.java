package vn.motcua.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One list of error codes: every code an exception carries is a value of {@link ErrorCode}. */
class ErrorCodeRulesTest {

    @Test
    void everyExceptionsCodeIsInTheList() {
        for (Class<? extends ApiException> type : List.of(BadInputException.class, InternalErrorException.class,
                NotAllowedException.class, NotAuthenticatedException.class, NotFoundException.class,
                RateLimitedException.class, ServiceUnavailableException.class)) {
            io.smallrye.graphql.api.ErrorCode code = type.getAnnotation(io.smallrye.graphql.api.ErrorCode.class);
            assertNotNull(code, type.getSimpleName());
            assertDoesNotThrow(() -> ErrorCode.valueOf(code.value()), type.getSimpleName());
        }
    }
}
