package vn.motcua.dossier;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a dossier's promised date was set")
public enum AppointmentReason {
    /** Set at receipt: receipt day plus the processing time. */
    RECEIVED,
    /** Moved by the working days the dossier waited for the applicant's supplement. */
    SUPPLEMENT_RESUMED,
    /** An apology letter promised a later date; the legal due date stays. */
    APOLOGY
}
