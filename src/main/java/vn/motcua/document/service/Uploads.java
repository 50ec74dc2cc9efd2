package vn.motcua.document.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.common.Bounds;
import vn.motcua.common.ServiceUnavailableException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.document.FileType;
import vn.motcua.document.FilesConfig;
import vn.motcua.document.StoredFile;
import vn.motcua.security.Caller;

/**
 * Takes an upload in: streamed to a temporary file while its SHA-256 and size are counted, refused past
 * the size limit or when its first bytes are not a PDF, JPEG or PNG, then stored under a fresh key and
 * recorded as the caller's. Nothing reaches the storage or the database unless the whole file was good.
 * Uploads never attached are forgotten after a day, each uploader's when they next upload.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class);

    @Inject
    FileStorage storage;
    @Inject
    FilesConfig config;
    @Inject
    Caller caller;
    @Inject
    CenterClock clock;
    @Inject
    EntityManager em;

    /** Why an upload was refused; each maps to its own HTTP status. */
    public enum Refusal {
        TOO_LARGE, UNSUPPORTED_TYPE, EMPTY, BAD_NAME
    }

    public static class RefusedUpload extends Exception {
        public final Refusal refusal;

        RefusedUpload(Refusal refusal, String message) {
            super(message, null, false, false);
            this.refusal = refusal;
        }
    }

    public StoredFile store(InputStream body, String fileName) throws IOException, RefusedUpload {
        String name = cleanName(fileName);
        forgetUnattached();
        Path temporary = Files.createTempFile("motcua-upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            byte[] head = new byte[FileType.SIGNATURE_BYTES];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = body.read(buffer)) != -1;) {
                    size += read;
                    if (size > config.maxBytes()) {
                        throw new RefusedUpload(Refusal.TOO_LARGE, "A file has at most " + config.maxBytes() + " bytes");
                    }
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new RefusedUpload(Refusal.EMPTY, "The file is empty");
            }
            Optional<FileType> type = FileType.of(head, headLength);
            if (type.isEmpty()) {
                throw new RefusedUpload(Refusal.UNSUPPORTED_TYPE, "Only PDF, JPEG and PNG files are accepted,"
                        + " judged by their content");
            }
            String key = UUID.randomUUID().toString();
            storage.put(key, temporary, size, type.get());
            StoredFile file = new StoredFile();
            file.storageKey = key;
            file.sha256 = HexFormat.of().formatHex(sha256.digest());
            file.sizeBytes = size;
            file.fileType = type.get();
            file.fileName = name;
            file.uploadedBy = caller.name();
            file.uploadedAt = clock.now();
            QuarkusTransaction.requiringNew().run(file::persist);
            return file;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The caller's uploads that waited longer than {@code motcua.files.keep-unattached} without being attached,
     * forgotten with their bytes. A row attached meanwhile is kept: the file's reference refuses the delete.
     */
    private void forgetUnattached() {
        List<String> keys;
        try {
            keys = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<String> deleted = em.createNativeQuery("""
                        delete from stored_file s where s.uploaded_by = :me and s.uploaded_at < :cutoff
                          and not exists (select 1 from dossier_file f where f.stored_file_id = s.id)
                        returning s.storage_key""").setParameter("me", caller.name())
                        .setParameter("cutoff", clock.now().minus(config.keepUnattached())).getResultList();
                return deleted;
            });
        } catch (RuntimeException raced) {
            LOG.debugf("Unattached uploads kept this time: %s", raced.getMessage());
            return;
        }
        for (String key : keys) {
            try {
                storage.delete(key);
            } catch (IOException | ServiceUnavailableException e) {
                LOG.warnf("Could not delete the bytes of a forgotten upload %s: %s", key, e.getMessage());
            }
        }
    }

    /** The name as the uploader called it, without any path, control character or excess length. */
    private static String cleanName(String fileName) throws RefusedUpload {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > Bounds.FILE_NAME || !vn.motcua.common.InputText.isClean(name)) {
            throw new RefusedUpload(Refusal.BAD_NAME, "Name the file (?name=...), at most " + Bounds.FILE_NAME
                    + " characters");
        }
        return name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
