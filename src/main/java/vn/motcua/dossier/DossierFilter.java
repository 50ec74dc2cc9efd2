package vn.motcua.dossier;

import java.time.LocalDate;

/** Narrows a work list; it never widens what the caller's token reaches. */
public record DossierFilter(String agencyCode, DossierStatus status, Boolean overdue, LocalDate dueBefore,
        Integer dueWithinWorkingDays, String procedureCode, LocalDate receivedFrom, LocalDate receivedTo) {

    public static final DossierFilter NONE = new DossierFilter(null, null, null, null, null, null, null, null);
}
