package vn.motcua.queue;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("BookingStatistics")
@Description("Booked visits of a center over some days, and how long booked and walk-in visitors waited")
public record BookingStatistics(@NonNull Integer booked, @NonNull Integer checkedIn, @NonNull Integer expired,
        @NonNull Integer cancelled,
        @Description("Checked in over checked in and expired; null before any slot has ended") Double showRate,
        @Description("Mean minutes from check-in to the call, for booked visits") Double averageWaitMinutesBooked,
        @Description("Mean minutes from taking a ticket to the call, for walk-ins") Double averageWaitMinutesWalkIn) {
}
