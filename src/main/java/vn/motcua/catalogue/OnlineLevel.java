package vn.motcua.catalogue;

/** How much of the procedure can be done online (dịch vụ công trực tuyến). */
public enum OnlineLevel {
    /** Toàn trình: from submission to result. */
    FULL,
    /** Một phần: submission online, some steps in person. */
    PARTIAL,
    NONE
}
