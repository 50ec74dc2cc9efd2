package vn.motcua.document.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.services.s3.S3Client;
import vn.motcua.document.FilesConfig;

/** The storage the configuration names; the S3 client is only built when S3 is chosen. */
@ApplicationScoped
public class FileStorageProducer {

    @Produces
    @ApplicationScoped
    FileStorage storage(FilesConfig config, Instance<S3Client> s3) {
        return switch (config.storage()) {
            case LOCAL -> new LocalDirectoryStorage(config.directory());
            case S3 -> new S3Storage(s3.get(), config.bucket());
        };
    }
}
