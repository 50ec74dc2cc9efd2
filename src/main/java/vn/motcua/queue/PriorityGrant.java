package vn.motcua.queue;

import org.eclipse.microprofile.graphql.Description;

@Description("Who grants a priority category at a center")
public enum PriorityGrant {
    @Description("The kiosk or the app, on the visitor's word")
    KIOSK,
    @Description("An officer at one of the center's counters, who sees the papers; until then the ticket waits as"
            + " NORMAL")
    OFFICER
}
