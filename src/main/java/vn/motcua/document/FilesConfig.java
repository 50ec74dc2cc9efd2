package vn.motcua.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the papers are kept and how large one may be. */
@ConfigMapping(prefix = "motcua.files")
public interface FilesConfig {

    /** LOCAL: a directory of this machine (dev mode, a small center); S3: S3-compatible storage. */
    @WithDefault("LOCAL")
    Storage storage();

    /** The directory of LOCAL storage. */
    @WithDefault("data/files")
    Path directory();

    /** The bucket of S3 storage; the client is configured by {@code quarkus.s3.*}. */
    @WithDefault("motcua-files")
    String bucket();

    /** The largest file accepted, in bytes: a scanned dossier of some fifty pages. */
    @WithDefault("20971520")
    long maxBytes();

    /** How long an upload waits to be attached before it is forgotten, bytes and all. */
    @WithDefault("PT24H")
    java.time.Duration keepUnattached();

    enum Storage {
        LOCAL, S3
    }
}
