package vn.motcua.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token: roles and the claims the data rules depend on. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;
    @Inject
    ClaimsConfig claims;

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean has(Role role) {
        return role == Role.ANYONE || identity.hasRole(role.tokenName);
    }

    /**
     * How far the caller reaches for this operation, through every role they hold ({@link AccessTable});
     * empty when they may not call it at all.
     */
    public Set<Reach> reach(Operation operation) {
        Set<Reach> reach = EnumSet.noneOf(Reach.class);
        AccessTable.grants(operation).forEach((role, granted) -> {
            if (has(role)) {
                reach.add(granted);
            }
        });
        return reach;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * Who acts, for the logs: a partner agency by its OAuth client id (the {@code azp} claim of a
     * client-credentials token), anyone else by the principal's name; "anonymous" for kiosks.
     */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.hasRole(Roles.PARTNER_AGENCY)) {
            Optional<String> clientId = claim("azp");
            if (clientId.isPresent()) {
                return clientId.get();
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The first of the caller's roles, for the processing log. */
    public String mainRole() {
        for (Role role : new Role[] { Role.ADMINISTRATOR, Role.CENTER_MANAGER, Role.COUNTER_OFFICER,
                Role.DEPARTMENT_OFFICER, Role.PARTNER_AGENCY, Role.CITIZEN }) {
            if (has(role)) {
                return role.tokenName;
            }
        }
        return "anonymous";
    }

    public Optional<String> agencyCode() {
        return claim(claims.agencyClaim());
    }

    public Optional<String> counterCode() {
        return claim(claims.counterClaim());
    }

    public Optional<String> citizenId() {
        return claim(claims.citizenIdClaim());
    }

    public Optional<String> organisationCode() {
        return claim(claims.organisationClaim());
    }

    public Optional<String> centerCode() {
        return claim(claims.centerClaim());
    }

    private Optional<String> claim(String name) {
        Object value;
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal oidc) {
            // the parsed claims themselves: JsonWebToken.getClaim first looks a name up among the standard claims,
            // and for ours (center_code, counter_code) throws and catches an exception, two per counter call
            value = oidc.getClaims().getClaimValue(name);
        } else if (identity.getPrincipal() instanceof JsonWebToken token) {
            value = token.getClaim(name);
        } else {
            return Optional.empty();
        }
        if (value instanceof jakarta.json.JsonString json) {
            value = json.getString();
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }
}
