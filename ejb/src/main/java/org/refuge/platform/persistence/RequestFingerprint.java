package org.refuge.platform.persistence;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the current request's body said, as a SHA-256 of its canonical form (set by the REST layer for requests that
 * carry an {@code Idempotency-Key}; absent for screens). {@link IdempotentRequests} keeps it with the key, so that the
 * key sent again with another body is refused rather than answered with the first request's result. Only the digest
 * is kept: no personal data of the body.
 */
@RequestScoped
public class RequestFingerprint implements Serializable {

    private static final long serialVersionUID = 1L;

    private String bodyDigest;

    /** Called by the REST layer with the SHA-256 (hex) of the body's canonical form. */
    public void body(String digest) {
        this.bodyDigest = digest;
    }

    /** The SHA-256 (hex) of this operation and the request's body, or null when no body was read by the API. */
    public String of(String operation) {
        return bodyDigest == null ? null : sha256(operation + "\n" + bodyDigest);
    }

    /** SHA-256 of the text's UTF-8 bytes, 64 lower-case hex digits. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
