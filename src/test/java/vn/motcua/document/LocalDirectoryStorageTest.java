package vn.motcua.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.document.service.LocalDirectoryStorage;

/** The embedded storage on a real directory: bytes back exactly, a key never overwritten, no path escapes. */
class LocalDirectoryStorageTest {

    @TempDir
    Path root;

    @Test
    void aFileIsReadBackExactlyAndNeverOverwritten() throws Exception {
        LocalDirectoryStorage storage = new LocalDirectoryStorage(root);
        byte[] scan = "%PDF-1.7 bản quét".getBytes(StandardCharsets.UTF_8);
        Path upload = Files.write(root.resolve("upload.part"), scan);
        String key = UUID.randomUUID().toString();

        storage.put(key, upload, scan.length, FileType.PDF);
        try (InputStream in = storage.open(key)) {
            assertArrayEquals(scan, in.readAllBytes());
        }
        Path other = Files.write(root.resolve("other.part"), "%PDF-other".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> storage.put(key, other, 10, FileType.PDF));
        try (InputStream in = storage.open(key)) {
            assertArrayEquals(scan, in.readAllBytes(), "the first file stays");
        }
        assertThrows(IllegalArgumentException.class, () -> storage.open("../../etc/passwd"));
    }
}
