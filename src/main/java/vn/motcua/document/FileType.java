package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;

/** What a stored file may be: judged by its first bytes, never by its name or the client's word. */
@Description("What a paper is, judged by its content, never by its name")
public enum FileType {
    PDF("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

    /** Bytes enough to tell every type apart. */
    public static final int SIGNATURE_BYTES = 8;

    public final String mediaType;
    private final byte[] signature;

    FileType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** The type whose signature opens {@code head} (its first bytes), if any. */
    public static Optional<FileType> of(byte[] head, int length) {
        return Arrays.stream(values()).filter(t -> length >= t.signature.length
                && Arrays.equals(head, 0, t.signature.length, t.signature, 0, t.signature.length)).findFirst();
    }
}
