package vn.motcua.security;

import java.util.Locale;

/**
 * Every operation of the API, one per root field: what {@link AccessTable} grants. A root field with
 * no constant here, or a constant with no rule in the table, is refused for everyone.
 */
public enum Operation {
    // catalogue
    AGENCIES, FIELDS, PROCEDURE, PROCEDURES, CREATE_PROCEDURE, UPDATE_PROCEDURE, PUBLISH_PROCEDURE, RETIRE_PROCEDURE,
    // centers and calendar
    CENTERS, CREATE_CENTER, HOLIDAYS, IMPORT_HOLIDAYS,
    // statistics
    DOSSIER_STATISTICS, PROVINCE_STATISTICS,
    // dossiers
    DOSSIER_STATUS, DOSSIER, MY_DOSSIERS, DOSSIERS, RECEIVE_DOSSIER, SUBMIT_DOSSIER, ACCEPT_DOSSIER, REFUSE_DOSSIER,
    TRANSFER_DOSSIER, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, REQUEST_PAYMENT, CONFIRM_PAYMENT, RECORD_RESULT,
    RETURN_RESULT, WITHDRAW_DOSSIER, STOP_DOSSIER, ISSUE_APOLOGY, RATE_DOSSIER, DOSSIER_CHANGED,
    // the papers (downloads read a dossier: DOSSIER's reach)
    ATTACH_DOSSIER_FILE, DIGITAL_RESULT,
    // partner webhooks
    REGISTER_WEBHOOK, ROTATE_WEBHOOK_SECRET, WEBHOOK_DELIVERIES, REPLAY_WEBHOOK_DELIVERY,
    // what the applicant is told, and how; who gets a center's daily digest
    SET_DOSSIER_NOTIFICATIONS, SET_DIGEST_RECIPIENT, SET_MESSAGE_GATEWAY,
    // queue
    TAKE_TICKET, CANCEL_TICKET, OPEN_COUNTER, BREAK_COUNTER, CLOSE_COUNTER, CREATE_SERVICE_GROUP, CREATE_COUNTER,
    SET_COUNTER_PROFILE, CALL_NEXT_TICKET, RECALL_TICKET, START_SERVING, PARK_TICKET, MARK_NO_SHOW, TRANSFER_TICKET,
    FINISH_TICKET, DISPLAY_BOARD, TICKET, MY_TICKETS, COUNTERS, SERVICE_TIME_STATISTICS, DISPLAY_BOARD_UPDATED,
    TICKET_UPDATED, PRIORITY_CATEGORIES, SET_PRIORITY_CATEGORIES, CONFIRM_TICKET_PRIORITY,
    // booked visits
    VISIT_SLOTS, BOOK_VISIT, CANCEL_BOOKING, MY_BOOKINGS, CHECK_IN_BOOKING, SET_VISIT_SLOTS, BOOKING_STATISTICS,
    // feedback and complaints
    SUBMIT_FEEDBACK, FEEDBACK, FEEDBACKS, ANSWER_FEEDBACK, PUBLISH_FEEDBACK, PUBLISHED_FEEDBACK,
    // any object by id: each type applies the reach of its own read operation
    NODE;

    /** The GraphQL root field's name, e.g. {@code callNextTicket}. */
    public String fieldName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** The operation of a root field, or null when the table does not know it. */
    public static Operation ofField(String fieldName) {
        for (Operation operation : values()) {
            if (operation.fieldName().equals(fieldName)) {
                return operation;
            }
        }
        return null;
    }
}
