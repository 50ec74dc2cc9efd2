package vn.motcua.catalogue;

/** Which tier of government settles the procedure. */
public enum ProcedureLevel {
    CENTRAL, PROVINCIAL, DISTRICT, COMMUNE
}
