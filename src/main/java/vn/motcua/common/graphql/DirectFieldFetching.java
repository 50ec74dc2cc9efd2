package vn.motcua.common.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Reads a plain property of an answer (a getter or a public field, no resolver behind it) without SmallRye's
 * per-field request context. SmallRye's own fetcher builds that context for every field of every object,
 * with a JSON copy of the selection below it (JFR: a third of the catalogue page's CPU), for resolvers that
 * inject {@code Context}; a property read has no use for it. The same property is read and SmallRye's
 * transformations (dates, numbers) still apply, so answers are unchanged. Fields with resolvers
 * ({@code @Source}, queries, mutations) keep SmallRye's fetchers and their context.
 */
@RegisterForReflection(targets = FieldDataFetcher.class)
public class DirectFieldFetching extends SimplePerformantInstrumentation {

    private final Map<DataFetcher<?>, DataFetcher<?>> direct = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof FieldDataFetcher<?>)) {
            return fetcher;
        }
        DataFetcher<?> known = direct.get(fetcher);
        return known != null ? known : direct.computeIfAbsent(fetcher, DirectFieldFetching::propertyRead);
    }

    private static DataFetcher<?> propertyRead(DataFetcher<?> smallRye) {
        try {
            Field field = (Field) privateField(smallRye, "field");
            Reference owner = (Reference) privateField(smallRye, "owner");
            FieldHelper helper = (FieldHelper) privateField(smallRye, "fieldHelper");
            Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
            // as SmallRye resolves it: the getter when the model names one, else the public field
            MethodHandle read = field.getMethodName() == null
                    ? MethodHandles.publicLookup().unreflectGetter(ownerClass.getField(field.getPropertyName()))
                    : MethodHandles.publicLookup().unreflect(ownerClass.getMethod(field.getMethodName()));
            return new PropertyRead(read, helper);
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            // a SmallRye this class does not know: its own fetcher answers, only slower
            Logger.getLogger(DirectFieldFetching.class)
                    .warnf("plain fields read through SmallRye's fetcher: %s", unexpected);
            return smallRye;
        }
    }

    private static Object privateField(Object target, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field declared = FieldDataFetcher.class.getDeclaredField(name);
        declared.setAccessible(true);
        return declared.get(target);
    }

    private record PropertyRead(MethodHandle read, FieldHelper helper) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            try {
                return helper.transformOrAdaptResponse(read.invoke(source), environment);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }
    }
}
