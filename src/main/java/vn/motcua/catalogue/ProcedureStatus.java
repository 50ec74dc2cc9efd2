package vn.motcua.catalogue;

/** The life of one version of a procedure. At most one version of a code is PUBLISHED. */
public enum ProcedureStatus {
    DRAFT, PUBLISHED, SUPERSEDED, RETIRED
}
