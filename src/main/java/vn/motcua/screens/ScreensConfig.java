package vn.motcua.screens;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** What the center's pages need from the deployment. */
@ConfigMapping(prefix = "motcua.screens")
public interface ScreensConfig {

    SignIn signIn();

    interface SignIn {

        /** The OpenID provider's issuer URL (a Keycloak realm); absent in dev mode, which trusts a dev key. */
        Optional<String> authority();

        /** The public client the counter console signs officers in as (authorization code with PKCE). */
        String clientId();
    }
}
