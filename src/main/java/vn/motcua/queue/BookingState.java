package vn.motcua.queue;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a booked visit stands")
public enum BookingState {
    /** Booked; can be checked in from a little before its slot until the slot ends. */
    BOOKED,
    /** Checked in at the kiosk: it has a ticket. */
    CHECKED_IN,
    /** Cancelled by the citizen. */
    CANCELLED,
    /** Not checked in by the end of its slot (never stored: a BOOKED booking past its slot). */
    EXPIRED
}
