package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.common.KeyedEntity;

/** A booked visit (lịch hẹn): one slot of a service group, for a citizen and a procedure. */
@Entity
@Table(name = "booking")
public class Booking extends KeyedEntity {

    public Long centerId;
    public Long groupId;
    public Long procedureId;
    public String citizenId;
    /** The QR code's and the kiosk's key. */
    public String code;
    public OffsetDateTime slotStart;
    public OffsetDateTime slotEnd;
    /** BOOKED, CHECKED_IN or CANCELLED; see {@link #stateAt}. */
    @Enumerated(EnumType.STRING)
    public BookingState status;
    public OffsetDateTime bookedAt;
    public OffsetDateTime checkedInAt;
    public Long ticketId;

    /** The one rule of expiry: a booking not checked in by the end of its slot has expired. */
    public BookingState stateAt(OffsetDateTime now) {
        return status == BookingState.BOOKED && !now.isBefore(slotEnd) ? BookingState.EXPIRED : status;
    }

    public static Optional<Booking> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
