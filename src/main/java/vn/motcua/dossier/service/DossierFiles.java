package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;
import vn.motcua.document.StoredFile;
import vn.motcua.document.service.FileStorage;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFile;
import vn.motcua.dossier.FileDownload;
import vn.motcua.dossier.FilePurpose;
import vn.motcua.security.Caller;
import vn.motcua.security.Operation;

/**
 * The papers of a dossier: attaching an upload, listing, downloading on record, and checking a digital
 * result by its hash. Who may attach or read follows the dossier's own reach (DossierAccess): a file of
 * a dossier the caller does not reach is not found, exactly like one that does not exist.
 */
@ApplicationScoped
public class DossierFiles {

    @Inject
    DossierAccess access;
    @Inject
    Caller caller;
    @Inject
    CenterClock clock;
    @Inject
    FileStorage storage;
    @Inject
    BatchLoader batch;
    @Inject
    EntityManager em;

    /** An attached file with what was stored. */
    public record Attached(DossierFile file, StoredFile stored) {
    }

    /** A file's bytes, opened for one reader. */
    public record Download(StoredFile stored, InputStream content) {
    }

    /** What anyone holding a digital result may check against the service. */
    public record DigitalResult(String sha256, String dossierCode, Agency issuingAgency, String decisionNumber,
            LocalDate decisionDate, boolean replaced) {
    }

    /**
     * Attaches the caller's own upload to a dossier they may attach to, in the processing log's current
     * step. Only the agency that may record the result attaches it, and it names the decision. An upload is
     * attached once, and a file is replaced once; a second writer racing for either is refused.
     */
    @Transactional
    public Attached attach(DossierCommands.AttachFile command) {
        Dossier d = access.byCode(Operation.ATTACH_DOSSIER_FILE, command.code()).orElseThrow(
                () -> new UserErrorException("input.code", ErrorCode.NOT_FOUND, "No dossier " + command.code()));
        StoredFile stored = StoredFile.<StoredFile>find("id = ?1 and uploadedBy = ?2", command.uploadId(), caller.name())
                .firstResult();
        boolean result = command.purpose() == FilePurpose.RESULT;
        boolean namesDecision = command.decisionNumber() != null || command.decisionDate() != null;
        DossierFile replaced = command.replacesFileId() == null ? null : DossierFile.findById(command.replacesFileId());
        Procedure procedure = Procedure.findById(d.procedureId);
        Validation v = new Validation()
                .require(d.status.isOpen(), "input.code", ErrorCode.INVALID_STATE,
                        "The dossier is closed (" + d.status + "); nothing more is attached to it")
                .require(stored != null, "input.uploadId", ErrorCode.NOT_FOUND, "No upload " + command.uploadId()
                        + " of yours")
                .require(stored == null || DossierFile.count("storedFileId", stored.id) == 0, "input.uploadId",
                        ErrorCode.ALREADY_EXISTS, "This upload is already attached")
                .require(stored == null || procedure.accepts(stored.fileType), "input.uploadId", ErrorCode.INVALID,
                        "Procedure " + procedure.code + " accepts only " + procedure.acceptedFileTypes + " files")
                .require(!result || access.byCode(Operation.RECORD_RESULT, command.code()).isPresent(), "input.purpose",
                        ErrorCode.FORBIDDEN, "Only the agency processing the dossier attaches its result")
                .require(!result || command.decisionNumber() != null && command.decisionDate() != null,
                        "input.decisionNumber", ErrorCode.INVALID, "A result names its decision's number and date")
                .require(result || !namesDecision, "input.decisionNumber", ErrorCode.INVALID,
                        "Only a result names a decision")
                .require(command.decisionDate() == null || !command.decisionDate().isAfter(clock.today()),
                        "input.decisionDate", ErrorCode.INVALID, "A decision is not dated in the future")
                .require(command.documentPosition() == null || RequiredDocument.count("procedureId = ?1 and position = ?2",
                        d.procedureId, command.documentPosition()) > 0, "input.documentPosition", ErrorCode.NOT_FOUND,
                        "The procedure has no required document " + command.documentPosition())
                .require(command.replacesFileId() == null || replaced != null && replaced.dossierId.equals(d.id),
                        "input.replacesFileId", ErrorCode.NOT_FOUND, "No file " + command.replacesFileId()
                                + " on this dossier")
                .require(replaced == null || DossierFile.count("replacesId", replaced.id) == 0, "input.replacesFileId",
                        ErrorCode.ALREADY_EXISTS, "That file was already replaced");
        v.throwIfInvalid();
        DossierFile file = new DossierFile();
        file.dossierId = d.id;
        file.storedFileId = stored.id;
        file.purpose = command.purpose();
        file.documentPosition = command.documentPosition();
        file.eventId = ((Number) em.createQuery("select max(e.id) from DossierEvent e where e.dossierId = :d")
                .setParameter("d", d.id).getSingleResult()).longValue();
        file.replacesId = command.replacesFileId();
        file.attachedBy = caller.name();
        file.attachedByRole = caller.mainRole();
        file.attachedAt = clock.now();
        if (result) {
            file.issuingAgencyId = d.currentAgencyId;
            file.decisionNumber = command.decisionNumber();
            file.decisionDate = command.decisionDate();
        }
        file.persist();
        return new Attached(file, stored);
    }

    /** The files of each dossier, in the order they were attached; the dossiers are ones the caller sees. */
    public List<List<Attached>> of(List<Long> dossierIds) {
        List<List<DossierFile>> files = batch.childrenOf(DossierFile.class, "dossierId", dossierIds, f -> f.dossierId,
                "id");
        List<StoredFile> stored = batch.byIds(StoredFile.class,
                files.stream().flatMap(List::stream).map(f -> f.storedFileId).toList(), s -> s.id);
        java.util.Iterator<StoredFile> next = stored.iterator();
        return files.stream().map(list -> list.stream().map(f -> new Attached(f, next.next())).toList()).toList();
    }

    /**
     * Opens a file for the caller if they may read its dossier, and records the download. Empty when the
     * file does not exist or its dossier is out of the caller's reach: the two answer alike.
     */
    @Transactional
    public Optional<Download> download(long fileId) throws IOException {
        DossierFile file = DossierFile.findById(fileId);
        if (file == null || access.byId(Operation.DOSSIER, file.dossierId).isEmpty()) {
            return Optional.empty();
        }
        StoredFile stored = StoredFile.findById(file.storedFileId);
        FileDownload download = new FileDownload();
        download.dossierFileId = file.id;
        download.downloadedBy = caller.name();
        download.downloadedRole = caller.mainRole();
        download.downloadedAt = clock.now();
        download.persist();
        return Optional.of(new Download(stored, storage.open(stored.storageKey)));
    }

    /** The digital results whose file has this SHA-256: public, and without any personal data. */
    public List<DigitalResult> verify(String sha256) {
        List<Object[]> rows = em.createQuery("""
                select f, d.code from DossierFile f, StoredFile s, Dossier d
                where s.id = f.storedFileId and d.id = f.dossierId and f.purpose = :result and s.sha256 = :sha256
                order by f.id""", Object[].class).setParameter("result", FilePurpose.RESULT)
                .setParameter("sha256", sha256.toLowerCase(java.util.Locale.ROOT)).getResultList();
        return rows.stream().map(row -> {
            DossierFile f = (DossierFile) row[0];
            return new DigitalResult(sha256, (String) row[1], Agency.findById(f.issuingAgencyId), f.decisionNumber,
                    f.decisionDate, DossierFile.count("replacesId", f.id) > 0);
        }).toList();
    }
}
