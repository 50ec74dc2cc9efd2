package vn.motcua.catalogue;

public enum ApplicantType {
    CITIZEN, ORGANISATION
}
