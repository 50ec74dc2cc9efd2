package vn.motcua.catalogue;

public enum AgencyKind {
    /** A provincial department (sở, ban, ngành). */
    DEPARTMENT,
    /** A vertically managed agency (ngành dọc: tax, police, social insurance...). */
    VERTICAL
}
