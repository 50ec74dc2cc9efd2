package vn.motcua.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.motcua.common.KeyedEntity;

/** Where a partner agency's system receives the events of the dossiers it is involved in. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends KeyedEntity {

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
