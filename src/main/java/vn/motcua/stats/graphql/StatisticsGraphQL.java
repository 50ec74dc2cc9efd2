package vn.motcua.stats.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.common.Bounds;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.stats.DossierStatistics;
import vn.motcua.stats.StatisticsGrouping;
import vn.motcua.stats.service.StatisticsQueries;

@GraphQLApi
@CodedErrors
public class StatisticsGraphQL {

    @Inject
    StatisticsQueries statisticsQueries;

    /** Public on purpose: citizens watch officials through these figures. */
    @Query
    @PermitAll
    @Description("On-time rate, online rate and ratings of a center for a month (YYYY-MM), per center, agency or field")
    public @NonNull List<@NonNull DossierStatistics> dossierStatistics(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.MONTH) String month, @DefaultValue("CENTER") StatisticsGrouping groupBy) {
        return statisticsQueries.monthly(centerCode, month, groupBy);
    }

    @Query
    @PermitAll
    @Description("The province's points side by side for a month: one row for each center and commune service point"
            + " of this center's province, provincial centers first, each the point's own figures")
    public @NonNull List<@NonNull DossierStatistics> provinceStatistics(@NonNull @Size(max = Bounds.CODE) String centerCode,
            @NonNull @Size(max = Bounds.MONTH) String month) {
        return statisticsQueries.provinceSideBySide(centerCode, month);
    }
}
