package vn.motcua.queue;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("BookedVisit")
@Description("A booked visit (lịch hẹn): shown to its citizen, checked in at the kiosk with its code or QR code")
public record BookedVisit(@NonNull @Description("The code to type at the kiosk; the QR code holds it") String code,
        @NonNull String centerCode, @NonNull String groupCode, String procedureCode, @NonNull OffsetDateTime startsAt,
        @NonNull OffsetDateTime endsAt, @NonNull BookingState state,
        @Description("The ticket's number once checked in") String ticketNumber) {
}
