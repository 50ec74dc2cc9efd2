package vn.motcua.dossier;

public enum ReturnMethod {
    DIRECT, POSTAL, ELECTRONIC
}
