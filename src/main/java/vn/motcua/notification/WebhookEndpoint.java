package vn.motcua.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Where a partner agency's system receives the events of the dossiers it is involved in. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long agencyId;
    public String url;
    /** {@code whsec_<base64 key>}, as the Standard Webhooks specification writes it. */
    public String secret;
    /** The secret before the last rotation, still signed with until {@link #previousSecretUntil}. */
    public String previousSecret;
    public OffsetDateTime previousSecretUntil;
    public boolean active;
    public String createdBy;
    public OffsetDateTime createdAt;
}
