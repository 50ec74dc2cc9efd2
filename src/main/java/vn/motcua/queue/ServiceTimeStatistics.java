package vn.motcua.queue;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Waiting and service times of a day, per group (counterCode null) and per group and counter. */
@Type("ServiceTimeStatistics")
public record ServiceTimeStatistics(@NonNull String groupCode, String counterCode, @NonNull Integer served,
        Double averageWaitMinutes, Double averageServiceMinutes) {
}
