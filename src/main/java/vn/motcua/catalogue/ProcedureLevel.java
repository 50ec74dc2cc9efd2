package vn.motcua.catalogue;

import org.eclipse.microprofile.graphql.Description;

/** Which tier of government settles the procedure: two tiers since Decree 118/2025, and the central one. */
@Description("Which tier of government settles the procedure (since 1 July 2025: province and commune)")
public enum ProcedureLevel {
    CENTRAL, PROVINCIAL, COMMUNE
}
