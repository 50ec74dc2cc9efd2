package vn.motcua.common.graphql;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.motcua.common.ApiException;
import vn.motcua.common.BadInputException;
import vn.motcua.common.DatabaseFailures;
import vn.motcua.common.InputText;
import vn.motcua.common.InternalErrorException;
import vn.motcua.common.NotAllowedException;
import vn.motcua.common.NotAuthenticatedException;
import vn.motcua.common.ServiceUnavailableException;
import vn.motcua.security.Caller;
import vn.motcua.security.Operation;
import vn.motcua.security.Roles;

/**
 * The API boundary around every resolver. Every root field is checked against the access table first.
 * It gives every error one {@code extensions.code} vocabulary:
 * it runs outside the security interceptors, so their refusals become UNAUTHENTICATED / FORBIDDEN;
 * a database that cannot be reached is SERVICE_UNAVAILABLE (retry); a value outside the bounds its argument
 * declares ({@link vn.motcua.common.Bounds}, checked by Hibernate Validator's method validation before the
 * resolver runs) or that the database cannot take is BAD_USER_INPUT; anything else unexpected is logged here
 * and reaches the client only as INTERNAL_ERROR, with no message, stack or SQL. And it records every
 * operation a partner agency's system calls, read or write, with its client id on the
 * {@code vn.motcua.audit.partner} log.
 */
@CodedErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class CodedErrorsInterceptor {

    private static final Logger LOG = Logger.getLogger(CodedErrorsInterceptor.class);
    private static final Logger PARTNER_AUDIT = Logger.getLogger("vn.motcua.audit.partner");

    @Inject
    Caller caller;

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        if (RootFields.isRootField(method)) {
            if (caller.hasRole(Roles.PARTNER_AGENCY)) {
                PARTNER_AUDIT.infof("partner call: client=%s agency=%s operation=%s", caller.name(),
                        caller.agencyCode().orElse("-"), method.getName());
            }
            requireGranted(method);
            for (Object argument : context.getParameters()) {
                InputText.requireClean(argument);
            }
        }
        try {
            return context.proceed();
        } catch (ApiException e) {
            throw e;
        } catch (ConstraintViolationException e) {
            throw new BadInputException(e.getConstraintViolations().stream().map(CodedErrorsInterceptor::describe)
                    .sorted().collect(Collectors.joining("; ")));
        } catch (UnauthorizedException | AuthenticationFailedException e) {
            throw new NotAuthenticatedException();
        } catch (ForbiddenException e) {
            throw new NotAllowedException();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isBadValue(e)) {
                throw new BadInputException("A value does not fit: too long, out of range or malformed");
            }
            if (DatabaseFailures.isOutage(e)) {
                LOG.warnf("Database unreachable in %s.%s: %s", method.getDeclaringClass().getSimpleName(),
                        method.getName(), e.getMessage());
                throw new ServiceUnavailableException();
            }
            LOG.errorf(e, "Unexpected failure in %s.%s", method.getDeclaringClass().getSimpleName(), method.getName());
            throw new InternalErrorException();
        }
    }

    /** {@code input.documents[2]: size must be between 0 and 1000}: the path without the method's name. */
    private static String describe(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path + ": " + violation.getMessage();
    }

    /**
     * The access table decides before anything runs: a root field it does not know, or one the caller
     * holds no role for, is refused (fail closed). What the call may touch is the services' part.
     */
    private void requireGranted(Method method) {
        Operation operation = Operation.ofField(RootFields.name(method));
        if (operation == null || caller.reach(operation).isEmpty()) {
            throw caller.isAnonymous() ? new NotAuthenticatedException() : new NotAllowedException();
        }
    }
}
