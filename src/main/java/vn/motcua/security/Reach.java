package vn.motcua.security;

/**
 * How far a role's right to an operation reaches, read from the caller's token, never from the input.
 * An object outside the reach answers exactly like an object that does not exist.
 */
public enum Reach {
    /** Everything the operation can touch (public reads, the deployment's administrator). */
    ALL,
    /**
     * Objects of the token's center ({@code center_code}), and its branches where the deployment says so; for
     * dossiers, also those to be returned there.
     */
    CENTER,
    /** Dossiers at the token's center that no agency has started processing yet (status RECEIVED). */
    CENTER_INTAKE,
    /** The token's own counter ({@code counter_code}) at the token's center. */
    COUNTER,
    /** Dossiers currently with the token's agency ({@code agency_code}). */
    AGENCY,
    /** The applicant's own: dossiers filed and tickets taken under the token's {@code citizen_id}. */
    APPLICANT
}
