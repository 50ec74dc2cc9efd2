package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/**
 * Decision 766's judgement of a dossier against its legal due date. Computed in one place only, the SQL
 * function {@code dossier_timeliness} (migration V5), which returns these names.
 */
@Description("A dossier judged against its legal due date (Decision 766/QĐ-TTg)")
public enum Timeliness {
    /** Finished before the legal due date. */
    EARLY,
    /** Finished on the legal due date (or the procedure has none). */
    ON_TIME,
    /** Finished after the legal due date, or after more than one supplement request. */
    LATE,
    /** In progress and not past the legal due date. */
    IN_TIME,
    /** In progress and past the legal due date, or with more than one supplement request. */
    OVERDUE,
    /** Refused, withdrawn or stopped: not judged. */
    CLOSED;

    /** What the {@code overdue} flag and the overdue filter mean: late if finished, overdue if not. */
    public static final Set<Timeliness> BEHIND = EnumSet.of(LATE, OVERDUE);

    public boolean isBehind() {
        return BEHIND.contains(this);
    }
}
