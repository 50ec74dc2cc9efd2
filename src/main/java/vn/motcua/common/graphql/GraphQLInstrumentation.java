package vn.motcua.common.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the engine's instrumentation: the depth and complexity limits of application.properties, then
 * {@link ErrorCodeInstrumentation}. SmallRye offers no way to add one instrumentation to its own, so
 * this installs the whole chain (SmallRye's only other one, federation tracing, is not used here).
 * Enabled by {@code motcua.graphql.instrumentation}.
 */
public class GraphQLInstrumentation implements EventingService {

    @Override
    public String getConfigKey() {
        return "motcua.graphql.instrumentation";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        List<Instrumentation> chain = new ArrayList<>();
        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Integer.class)
                .ifPresent(max -> chain.add(new MaxQueryComplexityInstrumentation(max)));
        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class)
                .ifPresent(max -> chain.add(new MaxQueryDepthInstrumentation(max)));
        chain.add(new ErrorCodeInstrumentation());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }
}
