package vn.motcua.document.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.motcua.common.ServiceUnavailableException;
import vn.motcua.document.FileType;

/**
 * Files in S3-compatible object storage (MinIO, Ceph, a cloud's S3): what several replicas share. The
 * bucket is created on first use when it does not exist yet. Keys are never reused, so nothing is
 * overwritten.
 */
public class S3Storage implements FileStorage {

    private static final String OUT_OF_REACH = "The file store cannot be reached right now; nothing was changed."
            + " Try again shortly.";

    private final S3Client s3;
    private final String bucket;
    private volatile boolean bucketReady;

    public S3Storage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path content, long sizeBytes, FileType type) throws IOException {
        reachable("store " + key, () -> {
            ensureBucket();
            return s3.putObject(b -> b.bucket(bucket).key(key).contentType(type.mediaType).contentLength(sizeBytes),
                    RequestBody.fromFile(content));
        });
    }

    @Override
    public InputStream open(String key) throws IOException {
        return reachable("read " + key, () -> s3.getObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public void delete(String key) throws IOException {
        reachable("delete " + key, () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    /**
     * Runs a call, telling an outage (no connection, or the store answering 5xx once the client's own
     * retries are spent), which the client may retry shortly, from a refusal, which is a fault.
     */
    private static <T> T reachable(String what, Supplier<T> call) throws IOException {
        try {
            return call.get();
        } catch (SdkClientException unreachable) {
            throw new ServiceUnavailableException(OUT_OF_REACH);
        } catch (S3Exception answer) {
            if (answer.statusCode() >= 500) {
                throw new ServiceUnavailableException(OUT_OF_REACH);
            }
            throw new IOException("S3 could not " + what + ": " + answer.getMessage(), answer);
        }
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException raced) {
                // another replica created it first
            }
        }
        bucketReady = true;
    }
}
