package vn.motcua.document.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.motcua.document.FileType;

/**
 * Files in S3-compatible object storage (MinIO, Ceph, a cloud's S3): what several replicas share. The
 * bucket is created on first use when it does not exist yet. Keys are never reused, so nothing is
 * overwritten.
 */
public class S3Storage implements FileStorage {

    private final S3Client s3;
    private final String bucket;
    private volatile boolean bucketReady;

    public S3Storage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path content, long sizeBytes, FileType type) throws IOException {
        ensureBucket();
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(type.mediaType).contentLength(sizeBytes),
                    RequestBody.fromFile(content));
        } catch (S3Exception e) {
            throw new IOException("S3 refused to store " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("S3 could not read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("S3 could not delete " + key + ": " + e.getMessage(), e);
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
