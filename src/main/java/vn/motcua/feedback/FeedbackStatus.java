package vn.motcua.feedback;

public enum FeedbackStatus {
    /** Waiting for its answer. */
    RECEIVED,
    ANSWERED
}
