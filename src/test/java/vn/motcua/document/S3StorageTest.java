package vn.motcua.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.motcua.common.ServiceUnavailableException;
import vn.motcua.document.service.S3Storage;
import vn.motcua.support.S3ProxyResource;

/**
 * The S3 storage against a real S3 API server (s3proxy): bytes back exactly, a forgotten upload deleted for
 * good, and the store out of reach told apart from a refusal, so that the endpoints answer 503, not 500.
 */
class S3StorageTest {

    static final S3ProxyResource SERVER = new S3ProxyResource();
    static S3Client client;
    static S3Storage storage;

    @TempDir
    Path work;

    @BeforeAll
    static void startTheStore() {
        String endpoint = SERVER.startServer();
        client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true).requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        S3ProxyResource.ACCESS_KEY, S3ProxyResource.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build();
        storage = new S3Storage(client, "motcua-storage-test");
    }

    @AfterAll
    static void stopTheStore() {
        client.close();
        SERVER.stop();
    }

    @Test
    void aFileIsReadBackExactlyAndADeletedOneIsGone() throws Exception {
        byte[] scan = "%PDF-1.7 bản quét".getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        storage.put(key, Files.write(work.resolve("scan.part"), scan), scan.length, FileType.PDF);
        try (InputStream in = storage.open(key)) {
            assertArrayEquals(scan, in.readAllBytes());
        }
        storage.delete(key);
        assertThrows(IOException.class, () -> storage.open(key).close(), "a missing key is a fault, not an outage");
    }

    @Test
    void theStoreOutOfReachIsAnOutageAndItsReturnIsNoticed() throws Exception {
        byte[] scan = "%PDF-1.7 trước sự cố".getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        Path upload = Files.write(work.resolve("before.part"), scan);
        storage.put(key, upload, scan.length, FileType.PDF);
        S3ProxyResource.goAway();
        try {
            assertThrows(ServiceUnavailableException.class, () -> storage.open(key));
            assertThrows(ServiceUnavailableException.class,
                    () -> storage.put(UUID.randomUUID().toString(), upload, scan.length, FileType.PDF));
            assertThrows(ServiceUnavailableException.class, () -> storage.delete(key));
        } finally {
            S3ProxyResource.comeBack();
        }
        try (InputStream in = storage.open(key)) {
            assertArrayEquals(scan, in.readAllBytes(), "nothing was lost meanwhile");
        }
    }
}
