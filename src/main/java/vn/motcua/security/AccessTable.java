package vn.motcua.security;

import static vn.motcua.security.Operation.*;
import static vn.motcua.security.Reach.AGENCY;
import static vn.motcua.security.Reach.ALL;
import static vn.motcua.security.Reach.APPLICANT;
import static vn.motcua.security.Reach.CENTER;
import static vn.motcua.security.Reach.CENTER_INTAKE;
import static vn.motcua.security.Reach.COUNTER;
import static vn.motcua.security.Role.ADMINISTRATOR;
import static vn.motcua.security.Role.ANYONE;
import static vn.motcua.security.Role.CENTER_MANAGER;
import static vn.motcua.security.Role.CITIZEN;
import static vn.motcua.security.Role.COUNTER_OFFICER;
import static vn.motcua.security.Role.DEPARTMENT_OFFICER;
import static vn.motcua.security.Role.PARTNER_AGENCY;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who may do what, and how far (DOMAIN.md "Who may do what"): operation × role → reach. This is the
 * only place that grants anything. It fails closed: an operation absent from the table, or a role
 * absent from an operation's row, is refused; a new operation starts refused until a row is added.
 * AccessTableTest enumerates it against the schema and every role.
 */
public final class AccessTable {

    private static final Map<Operation, Map<Role, Reach>> GRANTS = new EnumMap<>(Operation.class);

    static {
        // Public: the catalogue, centers, calendar, statistics, the receipt look-up, the queue's public face.
        for (Operation open : new Operation[] { AGENCIES, FIELDS, PROCEDURE, PROCEDURES, CENTERS, HOLIDAYS,
                DOSSIER_STATISTICS, PROVINCE_STATISTICS, DOSSIER_STATUS, DIGITAL_RESULT, TAKE_TICKET, DISPLAY_BOARD, TICKET,
                DISPLAY_BOARD_UPDATED, TICKET_UPDATED, PRIORITY_CATEGORIES, VISIT_SLOTS, CHECK_IN_BOOKING,
                SUBMIT_FEEDBACK, FEEDBACK, PUBLISHED_FEEDBACK, NODE }) {
            grant(open, ANYONE, ALL);
        }
        // Catalogue upkeep: the province's catalogue is shared by its centers.
        for (Operation upkeep : new Operation[] { CREATE_PROCEDURE, UPDATE_PROCEDURE, PUBLISH_PROCEDURE,
                RETIRE_PROCEDURE }) {
            grant(upkeep, CENTER_MANAGER, ALL);
            grant(upkeep, ADMINISTRATOR, ALL);
        }
        // A manager adds branches of their own center; new top-level centers and the national calendar are
        // the deployment's.
        grant(CREATE_CENTER, CENTER_MANAGER, CENTER);
        grant(CREATE_CENTER, ADMINISTRATOR, ALL);
        grant(IMPORT_HOLIDAYS, ADMINISTRATOR, ALL);

        // Reading dossiers: a citizen one of their own by code, or their list (MY_DOSSIERS); staff the work list.
        grant(DOSSIER, CITIZEN, APPLICANT);
        for (Operation read : new Operation[] { DOSSIER, DOSSIERS, DOSSIER_CHANGED }) {
            grant(read, COUNTER_OFFICER, CENTER);
            grant(read, DEPARTMENT_OFFICER, AGENCY);
            grant(read, PARTNER_AGENCY, AGENCY);
            grant(read, CENTER_MANAGER, CENTER);
        }
        grant(MY_DOSSIERS, CITIZEN, APPLICANT);

        // The applicant's own acts.
        grant(SUBMIT_DOSSIER, CITIZEN, APPLICANT);
        grant(RATE_DOSSIER, CITIZEN, APPLICANT);
        grant(WITHDRAW_DOSSIER, CITIZEN, APPLICANT);
        grant(WITHDRAW_DOSSIER, COUNTER_OFFICER, CENTER); // recorded at the counter, at the applicant's request

        // The counter: intake, supplements handed in, results handed out.
        for (Operation counter : new Operation[] { RECEIVE_DOSSIER, ACCEPT_DOSSIER, REFUSE_DOSSIER, RETURN_RESULT }) {
            grant(counter, COUNTER_OFFICER, CENTER);
            grant(counter, CENTER_MANAGER, CENTER);
        }
        grant(TRANSFER_DOSSIER, COUNTER_OFFICER, CENTER_INTAKE);
        grant(RECEIVE_SUPPLEMENT, COUNTER_OFFICER, CENTER);

        // Processing, by the agency that holds the dossier (its officers or its system).
        for (Operation processing : new Operation[] { TRANSFER_DOSSIER, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT,
                REQUEST_PAYMENT, CONFIRM_PAYMENT, RECORD_RESULT, STOP_DOSSIER, ISSUE_APOLOGY }) {
            grant(processing, DEPARTMENT_OFFICER, AGENCY);
            grant(processing, PARTNER_AGENCY, AGENCY);
            grant(processing, CENTER_MANAGER, CENTER);
        }

        // The papers: whoever may act on a dossier attaches to it (a result only its agency: DossierFiles);
        // reading them is reading the dossier.
        grant(ATTACH_DOSSIER_FILE, CITIZEN, APPLICANT);
        grant(ATTACH_DOSSIER_FILE, COUNTER_OFFICER, CENTER);
        grant(ATTACH_DOSSIER_FILE, DEPARTMENT_OFFICER, AGENCY);
        grant(ATTACH_DOSSIER_FILE, PARTNER_AGENCY, AGENCY);
        grant(ATTACH_DOSSIER_FILE, CENTER_MANAGER, CENTER);

        // How the applicant is told: their own choice, also taken at the counter.
        grant(SET_DOSSIER_NOTIFICATIONS, CITIZEN, APPLICANT);
        grant(SET_DOSSIER_NOTIFICATIONS, COUNTER_OFFICER, CENTER);
        // The daily digest of a center: its manager chooses who receives it.
        grant(SET_DIGEST_RECIPIENT, CENTER_MANAGER, CENTER);
        grant(SET_DIGEST_RECIPIENT, ADMINISTRATOR, ALL);
        // The SMS and Zalo gateways a center's messages go through: its manager sets them.
        grant(SET_MESSAGE_GATEWAY, CENTER_MANAGER, CENTER);
        grant(SET_MESSAGE_GATEWAY, ADMINISTRATOR, ALL);

        // Partner webhooks: the province's agencies are shared by its centers, like the catalogue.
        for (Operation webhooks : new Operation[] { REGISTER_WEBHOOK, ROTATE_WEBHOOK_SECRET, WEBHOOK_DELIVERIES,
                REPLAY_WEBHOOK_DELIVERY }) {
            grant(webhooks, CENTER_MANAGER, ALL);
            grant(webhooks, ADMINISTRATOR, ALL);
        }

        // The queue.
        grant(CANCEL_TICKET, ANYONE, APPLICANT);
        grant(CANCEL_TICKET, COUNTER_OFFICER, CENTER);
        grant(CANCEL_TICKET, CENTER_MANAGER, CENTER);
        grant(MY_TICKETS, CITIZEN, APPLICANT);
        for (Operation own : new Operation[] { BOOK_VISIT, CANCEL_BOOKING, MY_BOOKINGS }) {
            grant(own, CITIZEN, APPLICANT);
        }
        for (Operation desk : new Operation[] { OPEN_COUNTER, BREAK_COUNTER, CLOSE_COUNTER, CALL_NEXT_TICKET,
                RECALL_TICKET, START_SERVING, PARK_TICKET, MARK_NO_SHOW, TRANSFER_TICKET, FINISH_TICKET,
                CONFIRM_TICKET_PRIORITY }) {
            grant(desk, COUNTER_OFFICER, COUNTER);
        }
        for (Operation setup : new Operation[] { CREATE_SERVICE_GROUP, CREATE_COUNTER, SET_COUNTER_PROFILE,
                SET_PRIORITY_CATEGORIES, SERVICE_TIME_STATISTICS, SET_VISIT_SLOTS, BOOKING_STATISTICS }) {
            grant(setup, CENTER_MANAGER, CENTER);
        }
        // Feedback: the filer holds its code (FEEDBACK is public by that key); the agency it concerns answers it,
        // the center's manager answers any of the center's and publishes.
        for (Operation answering : new Operation[] { FEEDBACKS, ANSWER_FEEDBACK }) {
            grant(answering, DEPARTMENT_OFFICER, AGENCY);
            grant(answering, CENTER_MANAGER, CENTER);
        }
        grant(PUBLISH_FEEDBACK, CENTER_MANAGER, CENTER);

        grant(COUNTERS, CENTER_MANAGER, CENTER);
        grant(COUNTERS, COUNTER_OFFICER, CENTER);
    }

    private AccessTable() {
    }

    private static void grant(Operation operation, Role role, Reach reach) {
        GRANTS.computeIfAbsent(operation, o -> new EnumMap<>(Role.class)).put(role, reach);
    }

    /** The row of an operation: which roles may call it, each with its reach; empty when nobody may. */
    public static Map<Role, Reach> grants(Operation operation) {
        return Collections.unmodifiableMap(GRANTS.getOrDefault(operation, Map.of()));
    }
}
