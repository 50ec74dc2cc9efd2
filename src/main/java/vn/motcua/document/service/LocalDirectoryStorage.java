package vn.motcua.document.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.motcua.document.FileType;

/**
 * Files in a directory of this machine: the default for dev mode and a center with one instance. A file
 * appears whole or not at all (copied beside its place, then linked in), and a key that exists is never
 * replaced.
 */
public class LocalDirectoryStorage implements FileStorage {

    private final Path root;

    public LocalDirectoryStorage(Path root) {
        this.root = root;
    }

    @Override
    public void put(String key, Path content, long sizeBytes, FileType type) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), key, ".partial");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            // a hard link appears whole and at once, and fails when the key exists: an atomic rename would
            // silently replace it
            Files.createLink(target, partial);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    /** Two levels of fan-out keep any one directory small. */
    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f-]{8,64}")) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
