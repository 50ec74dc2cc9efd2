package vn.motcua.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.common.KeyedEntity;

/** A feedback or complaint (phản ánh, kiến nghị) filed with a center. */
@Entity
@Table(name = "feedback")
public class Feedback extends KeyedEntity {

    /** The filer's key to follow it; never published. */
    public String code;
    public Long centerId;
    @Enumerated(EnumType.STRING)
    public FeedbackAbout about;
    public Long dossierId;
    public String officerName;
    /** The agency that answers; null when the center's manager does. */
    public Long agencyId;
    public String citizenId;
    public String contactName;
    public String contactPhone;
    public String contactEmail;
    public String text;
    public OffsetDateTime receivedAt;
    public LocalDate dueDate;
    public String answer;
    public OffsetDateTime answeredAt;
    public String answeredBy;
    public String publicQuestion;
    public OffsetDateTime publishedAt;

    public FeedbackStatus status() {
        return answeredAt == null ? FeedbackStatus.RECEIVED : FeedbackStatus.ANSWERED;
    }

    /** The one rule of lateness: not answered and past the day it was due. */
    public boolean overdueOn(LocalDate today) {
        return answeredAt == null && today.isAfter(dueDate);
    }

    public static Optional<Feedback> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code.trim().toUpperCase(java.util.Locale.ROOT))
                .firstResultOptional();
    }
}
