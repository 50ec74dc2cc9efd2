package vn.motcua.catalogue;

/** How a dossier reaches the center. */
public enum Channel {
    DIRECT, ONLINE, POSTAL
}
