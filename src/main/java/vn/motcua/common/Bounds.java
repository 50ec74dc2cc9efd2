package vn.motcua.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bounds of every value a request may carry, declared once. The inputs and arguments carry them as
 * Bean Validation constraints ({@code @Size}, {@code @Min}, {@code @Max}), which {@code CodedErrorsInterceptor}
 * checks before any resolver runs and the schema publishes as {@code @constraint}. Each bound names the
 * columns it must fit ({@link FitsIn}); a test holds it against the database's own column types, so a
 * value that passes here is never refused by PostgreSQL.
 */
public final class Bounds {

    private Bounds() {
    }

    /** The columns (as {@code table.column}) that every value within the bound must fit. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FitsIn {
        String[] value();
    }

    // Codes and identifiers

    @FitsIn({ "center.code", "agency.code", "field.code", "procedure.code" })
    public static final int CODE = 32;

    /** A service group's code is the ticket number's prefix: one to three capital letters. */
    @FitsIn("service_group.code")
    public static final int GROUP_CODE = 3;

    @FitsIn("counter.code")
    public static final int COUNTER_CODE = 16;

    @FitsIn("ticket.number")
    public static final int TICKET_NUMBER = 16;

    @FitsIn("dossier.code")
    public static final int DOSSIER_CODE = 40;

    /** The look-up secret printed on the receipt. */
    public static final int LOOKUP_SECRET = 64;

    /** A catalogue search, all its words together. */
    public static final int SEARCH = 200;

    /** A month as {@code YYYY-MM}. */
    public static final int MONTH = 7;

    /** A global id or a page cursor: opaque text the service issued. */
    public static final int OPAQUE_ID = 200;

    /** A booking's or a feedback's code: ten random symbols (RandomCodes), with room to grow. */
    @FitsIn({ "booking.code", "feedback.code" })
    public static final int RANDOM_CODE = 16;

    /** A booked visit's slot: five minutes to four hours (the migration checks the same). */
    public static final int SLOT_MINUTES_MIN = 5;
    @FitsIn("service_group.slot_minutes")
    public static final int SLOT_MINUTES = 240;

    @FitsIn("idempotency_key.key")
    public static final int IDEMPOTENCY_KEY = 100;

    // People and places

    @FitsIn({ "center.name", "agency.name", "field.name", "holiday.name", "service_group.name", "counter.name",
            "dossier.applicant_name", "dossier.representative_name", "dossier.applicant_legal_representative",
            "feedback.contact_name", "feedback.officer_name" })
    public static final int NAME = 255;

    @FitsIn({ "dossier.applicant_id_number", "dossier.representative_id_number", "ticket.citizen_id" })
    public static final int ID_NUMBER = 32;

    @FitsIn({ "dossier.applicant_phone", "feedback.contact_phone" })
    public static final int PHONE = 32;

    /** RFC 5321's longest address. */
    @FitsIn({ "dossier.applicant_email", "digest_recipient.email", "feedback.contact_email" })
    public static final int EMAIL = 254;

    @FitsIn({ "dossier.applicant_address", "center.address" })
    public static final int ADDRESS = 500;

    /** ISO 3166 alpha-2. */
    @FitsIn("dossier.applicant_nationality")
    public static final int NATIONALITY = 2;

    @FitsIn("center.province")
    public static final int PROVINCE = 128;

    // The catalogue

    @FitsIn({ "procedure.name", "required_document.name", "procedure_case.name" })
    public static final int PROCEDURE_TEXT = 1000;

    @FitsIn({ "required_document.template_url", "webhook_endpoint.url", "message_gateway.url" })
    public static final int URL = 1000;

    /** A gateway's bearer token. */
    @FitsIn("message_gateway.token")
    public static final int GATEWAY_TOKEN = 500;

    @FitsIn("procedure.publication_decision")
    public static final int PUBLICATION_DECISION = 255;

    @FitsIn("procedure_channel.fee_note")
    public static final int FEE_NOTE = 500;

    /** Steps, conditions, legal basis, result: the long sections of a procedure's page. */
    @FitsIn({ "procedure.steps", "procedure.conditions", "procedure.legal_basis", "procedure.result_type" })
    public static final int PROCEDURE_SECTION = 20_000;

    /** Documents, case variants or applicant types of one procedure; documents handed in with one dossier. */
    public static final int LIST_ITEMS = 100;

    /** A working year: the longest processing time a procedure may state. */
    @FitsIn({ "procedure_channel.processing_days", "procedure_case.processing_days" })
    public static final int PROCESSING_DAYS = 365;

    /** Two working weeks: beyond that a procedure states days. */
    @FitsIn({ "procedure_channel.processing_hours", "procedure_case.processing_hours" })
    public static final int PROCESSING_HOURS = 80;

    @FitsIn({ "required_document.originals", "required_document.copies" })
    public static final int COPIES = 100;

    /** One thousand billion đồng: above any fee or charge a center collects. */
    @FitsIn({ "procedure_channel.fee_vnd", "procedure_case.fee_vnd", "dossier.fee_due_vnd" })
    public static final long AMOUNT_VND = 1_000_000_000_000L;

    @FitsIn("procedure.version")
    public static final int VERSION = 100_000;

    // Papers

    @FitsIn("stored_file.file_name")
    public static final int FILE_NAME = 255;

    @FitsIn("dossier_file.decision_number")
    public static final int DECISION_NUMBER = 64;

    /** A SHA-256 in hexadecimal. */
    @FitsIn("stored_file.sha256")
    public static final int SHA256_HEX = 64;

    @FitsIn("dossier_file.document_position")
    public static final int DOCUMENT_POSITION = LIST_ITEMS;

    // What officers and citizens write

    /** A note, reason or notice written on a step of a dossier. */
    @FitsIn({ "dossier_event.note", "dossier_appointment.note" })
    public static final int NOTE = 1000;

    /** A feedback, its answer, or the question as published. */
    @FitsIn({ "feedback.text", "feedback.answer", "feedback.public_question" })
    public static final int FEEDBACK_TEXT = 4000;

    public static final int MISSING_ITEM = 200;

    public static final int MISSING_ITEMS = 10;

    /** A supplement request's note: its heading, the missing items joined by "; ", and the officer's note. */
    @FitsIn("dossier_event.note")
    public static final int SUPPLEMENT_NOTE = 40 + MISSING_ITEMS * (MISSING_ITEM + 2) + NOTE;

    @FitsIn("dossier.rating_comment")
    public static final int RATING_COMMENT = 2000;

    @FitsIn("dossier.rating")
    public static final int RATING = 5;

    // Time

    /** Years the calendar and the statistics answer for. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;
}
