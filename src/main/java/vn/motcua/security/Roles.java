package vn.motcua.security;

/**
 * The roles tokens carry (DOMAIN.md, "Who may do what"), as constants for {@code @RolesAllowed};
 * {@link Role} is the same list as a type. RoleTest keeps the two equal.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String COUNTER_OFFICER = "counter-officer";
    public static final String DEPARTMENT_OFFICER = "department-officer";
    public static final String CENTER_MANAGER = "center-manager";
    public static final String PARTNER_AGENCY = "partner-agency";
    /** Deployment-wide: adds centers, imports the national holiday calendar. */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {
    }
}
