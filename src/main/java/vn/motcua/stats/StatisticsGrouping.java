package vn.motcua.stats;

public enum StatisticsGrouping {
    CENTER, AGENCY, FIELD
}
