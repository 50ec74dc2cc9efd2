package vn.motcua.common.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import vn.motcua.common.LimitsConfig;

/**
 * Sets the engine's limits and instrumentation: the parser's token limit, the shape of a request (aliases,
 * directives), its cost and depth ({@link OperationLimits}), then {@link ErrorCodeInstrumentation} and
 * {@link DirectFieldFetching} (plain properties read without SmallRye's per-field context). SmallRye
 * offers no way to add one instrumentation to its own, so this installs them all, as one
 * ({@link ServiceInstrumentation}; federation tracing, SmallRye's other optional one, is not used here), with
 * SmallRye's document cache put back among them: the cache keeps a document when its validation ends clean, as an instrumentation, and without it
 * every request was parsed and validated again, and parsed once more by SmallRye for its context (JFR:
 * about a quarter of the look-up's CPU). Argument checks still run on every call, cost and depth once
 * per document and page size; the request-shape check is a property of the text and passed before the document was kept. Introspection is
 * switched off JVM-wide where {@code motcua.graphql.introspection} says so (production): a check once per
 * operation, where a field-visibility filter costs a lookup on every field of every answer.
 * Enabled by {@code motcua.graphql.instrumentation}.
 */
@RegisterForReflection(targets = GraphQL.Builder.class)
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
        Instrumentation instrumentation = new ServiceInstrumentation(smallRyeDocumentCache(builder),
                new RequestShapeInstrumentation(limits.aliases(), limits.directives()),
                new OperationLimits(
                        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Integer.class)
                                .orElse(Integer.MAX_VALUE),
                        config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class)
                                .orElse(Integer.MAX_VALUE)),
                new ErrorCodeInstrumentation(), new DirectFieldFetching());
        Introspection.enabledJvmWide(config.getValue("motcua.graphql.introspection", Boolean.class));
        return builder.instrumentation(instrumentation);
    }

    /** The document cache SmallRye gave the builder; graphql-java offers no getter for it. */
    private static Optional<Instrumentation> smallRyeDocumentCache(GraphQL.Builder builder) {
        try {
            java.lang.reflect.Field provider = GraphQL.Builder.class.getDeclaredField("preparsedDocumentProvider");
            provider.setAccessible(true);
            if (provider.get(builder) instanceof Instrumentation fillsOnValidation) {
                return Optional.of(fillsOnValidation);
            }
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            // fall through: answers stay right, documents are parsed on every request
        }
        Logger.getLogger(GraphQLInstrumentation.class).warn("no document cache: every request is parsed and validated");
        return Optional.empty();
    }
}
