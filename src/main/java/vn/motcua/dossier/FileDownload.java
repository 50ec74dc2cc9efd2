package vn.motcua.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.motcua.common.KeyedEntity;

/** One download of a dossier's file: personal papers are read on record. */
@Entity
@Table(name = "file_download")
public class FileDownload extends KeyedEntity {

    public Long dossierFileId;
    public String downloadedBy;
    public String downloadedRole;
    public OffsetDateTime downloadedAt;
}
