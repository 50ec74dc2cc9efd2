package vn.motcua.common.graphql;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;
import vn.motcua.common.ApiException;
import vn.motcua.common.InternalErrorException;
import vn.motcua.common.NotAllowedException;
import vn.motcua.common.NotAuthenticatedException;

/**
 * Gives every error a resolver raises one {@code extensions.code} vocabulary. It runs outside the
 * security interceptors, so their refusals become UNAUTHENTICATED / FORBIDDEN; anything unexpected is
 * logged here and reaches the client only as INTERNAL_ERROR, with no message, stack or SQL.
 */
@CodedErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class CodedErrorsInterceptor {

    private static final Logger LOG = Logger.getLogger(CodedErrorsInterceptor.class);

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ApiException e) {
            throw e;
        } catch (UnauthorizedException | AuthenticationFailedException e) {
            throw new NotAuthenticatedException();
        } catch (ForbiddenException e) {
            throw new NotAllowedException();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected failure in %s.%s", context.getMethod().getDeclaringClass().getSimpleName(),
                    context.getMethod().getName());
            throw new InternalErrorException();
        }
    }
}
