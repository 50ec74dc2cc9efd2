package vn.motcua.security;

/** Who a caller is, from the token; ANYONE stands for every caller, signed in or not (kiosks, boards). */
public enum Role {
    ANYONE(null),
    CITIZEN(Roles.CITIZEN),
    COUNTER_OFFICER(Roles.COUNTER_OFFICER),
    DEPARTMENT_OFFICER(Roles.DEPARTMENT_OFFICER),
    CENTER_MANAGER(Roles.CENTER_MANAGER),
    PARTNER_AGENCY(Roles.PARTNER_AGENCY),
    ADMINISTRATOR(Roles.ADMINISTRATOR);

    /** The role's name in tokens; null for ANYONE, which every caller has. */
    public final String tokenName;

    Role(String tokenName) {
        this.tokenName = tokenName;
    }
}
