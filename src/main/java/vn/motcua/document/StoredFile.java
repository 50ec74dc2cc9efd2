package vn.motcua.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import vn.motcua.common.KeyedEntity;

/**
 * An uploaded file: its bytes in {@link vn.motcua.document.service.FileStorage} under {@link #storageKey},
 * its fingerprint here. Written once; it belongs to its uploader until they attach it somewhere.
 */
@Entity
@Immutable
@Table(name = "stored_file")
public class StoredFile extends KeyedEntity {

    public String storageKey;
    /** Lower-case hex SHA-256 of the bytes. */
    public String sha256;
    public long sizeBytes;
    @Enumerated(EnumType.STRING)
    public FileType fileType;
    public String fileName;
    public String uploadedBy;
    public OffsetDateTime uploadedAt;
}
