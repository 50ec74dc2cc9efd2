package vn.motcua.dossier;

/**
 * The letters a center hands the applicant besides the receipt (forms of Decree 61/2018 as amended by
 * Decree 107/2021), each printed from the step of the processing log that issued it.
 */
public enum Letter {
    SUPPLEMENT_REQUEST(DossierAction.REQUEST_SUPPLEMENT, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    REFUSAL(DossierAction.REFUSE, "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ"),
    APOLOGY(DossierAction.ISSUE_APOLOGY, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");

    public final DossierAction issuedBy;
    public final String title;

    Letter(DossierAction issuedBy, String title) {
        this.issuedBy = issuedBy;
        this.title = title;
    }
}
