package vn.motcua.catalogue;

/** What the catalogue is narrowed by; every part is optional. */
public record ProcedureFilter(String search, String agencyCode, String fieldCode, OnlineLevel onlineLevel) {
}
