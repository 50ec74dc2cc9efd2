package vn.motcua.document.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import vn.motcua.document.FileType;

/**
 * Where the bytes of the papers live, by key. A key is written once and never overwritten; its bytes
 * are read back exactly. Two implementations: {@link LocalDirectoryStorage} and {@link S3Storage}. A store out
 * of reach throws {@link vn.motcua.common.ServiceUnavailableException} (the client retries); anything else
 * that fails is an {@link IOException}.
 */
public interface FileStorage {

    /** Stores the file at {@code content} under a key not used before. */
    void put(String key, Path content, long sizeBytes, FileType type) throws IOException;

    /** The bytes stored under {@code key}; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Forgets an upload nobody attached; nothing attached is ever deleted. */
    void delete(String key) throws IOException;
}
