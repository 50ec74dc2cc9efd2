package vn.motcua.common.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.common.LimitsConfig;

/**
 * Sets the engine's limits and instrumentation: the parser's token limit, the shape of a request (aliases,
 * directives), its cost ({@link OperationCost}) and depth, then {@link ErrorCodeInstrumentation} and
 * {@link DirectFieldFetching} (plain properties read without SmallRye's per-field context). SmallRye
 * offers no way to add one instrumentation to its own, so this installs the whole chain (SmallRye's only
 * other one, federation tracing, is not used here) and, since SmallRye's own document cache fills itself
 * from an instrumentation of that chain, the {@link DocumentCache} in its place. Introspection is switched
 * off JVM-wide where {@code motcua.graphql.introspection} says so (production): a check once per operation,
 * where a field-visibility filter costs a lookup on every field of every answer.
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
        LimitsConfig limits = config.unwrap(SmallRyeConfig.class).getConfigMapping(LimitsConfig.class);
        // SmallRye sets graphql-java's general parser defaults, but operations are parsed with the operation
        // defaults: without this, the configured token limit would never apply to a request.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxCharacters(limits.documentCharacters())
                        .maxTokens(config.getValue("quarkus.smallrye-graphql.parser-max-tokens", Integer.class))
                        .maxWhitespaceTokens(config.getValue("quarkus.smallrye-graphql.parser-max-whitespace-tokens",
                                Integer.class))));
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new RequestShapeInstrumentation(limits.aliases(), limits.directives()));
        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Integer.class)
                .ifPresent(max -> chain.add(new MaxQueryComplexityInstrumentation(max, new OperationCost())));
        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class)
                .ifPresent(max -> chain.add(new MaxQueryDepthInstrumentation(max)));
        chain.add(new ErrorCodeInstrumentation());
        chain.add(new DirectFieldFetching());
        Introspection.enabledJvmWide(config.getValue("motcua.graphql.introspection", Boolean.class));
        return builder.instrumentation(new ChainedInstrumentation(chain))
                .preparsedDocumentProvider(new DocumentCache(config.getValue("motcua.graphql.cached-documents", Integer.class)));
    }
}
