package vn.motcua.feedback.service;

import vn.motcua.feedback.FeedbackAbout;

/** What citizens and officers ask of feedback. */
public final class FeedbackCommands {

    private FeedbackCommands() {
    }

    /**
     * A feedback: about a dossier (named by its code, with the receipt's secret unless the filer is signed in
     * as its applicant), an officer or a center. Anonymous filers leave a name and a phone or e-mail.
     */
    public record Submit(String centerCode, FeedbackAbout about, String dossierCode, String dossierSecret,
            String officerName, String text, String contactName, String contactPhone, String contactEmail,
            String clientAddress) {
    }

    public record Answer(String code, String answer) {
    }

    /** Publishes an answered feedback with its question rewritten without personal data. */
    public record Publish(String code, String publicQuestion) {
    }
}
