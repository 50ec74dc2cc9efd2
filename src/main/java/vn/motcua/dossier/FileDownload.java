package vn.motcua.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One download of a dossier's file: personal papers are read on record. */
@Entity
@Table(name = "file_download")
public class FileDownload extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierFileId;
    public String downloadedBy;
    public String downloadedRole;
    public OffsetDateTime downloadedAt;
}
