package vn.motcua.stats;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One row of the Decision 766/QĐ-TTg figures. Every judgement of time is by the legal due date, through
 * the one definition of timeliness (SQL function {@code dossier_timeliness}); an apology letter never
 * changes these figures.
 */
@Type("DossierStatistics")
@Description("Decision 766/QĐ-TTg figures for a month: public, so citizens can watch officials")
public record DossierStatistics(
        @NonNull String month,
        @NonNull String centerCode,
        @Description("Set when grouped by agency or field") String agencyCode,
        String agencyName,
        @Description("Set when grouped by field") String fieldCode,
        String fieldName,
        @NonNull @Description("Dossiers received in the month") Long received,
        @NonNull @Description("Of those, received online") Long receivedOnline,
        @NonNull @Description("Dossiers whose processing finished in the month") Long finished,
        @NonNull @Description("Of those, finished before the legal due date") Long early,
        @NonNull @Description("Of those, finished on or before the legal due date with at most one supplement request"
                + " (early included)") Long onTime,
        @NonNull @Description("Of those, finished after the legal due date or after more than one supplement request")
        Long late,
        @NonNull @Description("Dossiers still in progress at the end of the month (or today, for this month)")
        Long inProgress,
        @NonNull @Description("Of those, not past the legal due date") Long inProgressInTime,
        @NonNull @Description("Of those, past the legal due date") Long inProgressOverdue,
        @NonNull @Description("Received before the month and still in progress when it began") Long carriedOver,
        @Description("onTime / finished; null when nothing finished") Double onTimeRate,
        @Description("receivedOnline / received; null when nothing was received") Double onlineRate,
        @Description("Average rating (1 to 5) of dossiers rated in the month") Double averageRating,
        @NonNull Long ratings,
        @NonNull @Description("Ratings given in the month by level: counts of 1, 2, 3, 4 and 5")
        List<@NonNull Long> ratingsByLevel) {
}
