package vn.motcua.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One row of the Decision 766/QĐ-TTg figures. */
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
        @NonNull @Description("Finished on or before the appointment, with at most one supplement request") Long onTime,
        @NonNull Long late,
        @Description("onTime / finished; null when nothing finished") Double onTimeRate,
        @Description("receivedOnline / received; null when nothing was received") Double onlineRate,
        @Description("Average rating (1 to 5) of dossiers rated in the month") Double averageRating,
        @NonNull Long ratings) {
}
