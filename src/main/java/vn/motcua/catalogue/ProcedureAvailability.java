package vn.motcua.catalogue;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a procedure can be filed today, from its effective dates")
public enum ProcedureAvailability {
    @Description("Published, and takes effect on effectiveFrom: shown, not yet filed")
    UPCOMING,
    @Description("In effect: filed today")
    IN_EFFECT,
    @Description("Its last day (effectiveTo) has passed, or it was superseded or retired")
    ENDED
}
