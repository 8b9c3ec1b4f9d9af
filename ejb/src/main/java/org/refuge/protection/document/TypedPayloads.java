package org.refuge.protection.document;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Signed QR payloads of printed matter other than the identity card (the registration slip first), with the card's
 * key ring ({@link DocumentSigner}, {@link DocumentVerifier}) but each of its own type, so that no signature made for
 * one kind of paper ever passes as another's.
 * <p>
 * Format, version 1: {@code base64url(payload) "." base64url(signature)} as for the card, where the payload is one
 * flat UTF-8 JSON object beginning with {@code t} (the type, lower-case letters and hyphens), {@code v} (the number
 * 1) and {@code kid} (the issuer key id), followed by the type's fields, all strings in NFC, escaped as on the card.
 * The signature is Ed25519 over the bytes of {@code "refuge-" + t} and a NUL byte, followed by the payload bytes: the
 * type is bound twice, in the payload and in what is signed, so a card's signature (over the bare payload) never
 * verifies as a typed one, a typed one never as a card's (the card verifier also refuses any payload with a {@code t}),
 * and one type's never as another's.
 */
public final class TypedPayloads {

    public static final int FORMAT_VERSION = 1;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,30}");

    private TypedPayloads() {
    }

    /**
     * The verdict of a typed code: VALID, INVALID_SIGNATURE, UNKNOWN_KEY or MALFORMED (not a typed payload, a card
     * included); {@code type}, {@code fields} (without {@code t}, {@code v} and {@code kid}) and {@code keyId} only
     * once the signature holds, else null.
     */
    public record Verified(DocumentVerifier.Status status, String type, Map<String, String> fields, String keyId) {

        /** Whether the signature holds and the code is of this type. */
        public boolean genuine(String expectedType) {
            return status == DocumentVerifier.Status.VALID && expectedType.equals(type);
        }
    }

    /** The QR text of {@code fields} (in their order) as a payload of {@code type}. */
    public static String sign(DocumentSigner signer, String type, Map<String, String> fields) {
        requireType(type);
        StringBuilder json = new StringBuilder("{\"t\":\"").append(type).append("\",\"v\":").append(FORMAT_VERSION);
        DocumentSigner.field(json, "kid", signer.keyId());
        fields.forEach((key, value) -> {
            if (Pattern.matches("t|v|kid", key)) {
                throw new IllegalArgumentException("reserved field " + key);
            }
            DocumentSigner.field(json, key, java.text.Normalizer.normalize(Objects.requireNonNull(value, key), java.text.Normalizer.Form.NFC));
        });
        byte[] payload = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString(payload) + "." + base64url.encodeToString(signer.signature(signed(type, payload)));
    }

    /** Checks a typed code with the verifier's key ring; the caller compares {@link Verified#type()} with what it expects. */
    public static Verified verify(DocumentVerifier verifier, String qr) {
        String text = qr == null ? "" : qr.strip();
        int dot = text.indexOf('.');
        if (text.length() > DocumentVerifier.MAX_LENGTH || dot < 0 || dot != text.lastIndexOf('.')) {
            return refused(DocumentVerifier.Status.MALFORMED);
        }
        byte[] payload = DocumentVerifier.base64url(text.substring(0, dot));
        byte[] signature = DocumentVerifier.base64url(text.substring(dot + 1));
        Map<String, Object> fields = payload == null || signature == null ? null
                : DocumentVerifier.Json.parse(new String(payload, StandardCharsets.UTF_8));
        // the type and key id only choose what to check: nothing else is read before the signature holds
        if (fields == null || !(fields.get("t") instanceof String type) || !TYPE.matcher(type).matches()
                || !(fields.get("kid") instanceof String kid)) {
            return refused(DocumentVerifier.Status.MALFORMED);
        }
        PublicKey key = verifier.key(kid);
        if (key == null) {
            return refused(DocumentVerifier.Status.UNKNOWN_KEY);
        }
        if (!DocumentVerifier.signatureHolds(key, signed(type, payload), signature)) {
            return refused(DocumentVerifier.Status.INVALID_SIGNATURE);
        }
        if (!Integer.valueOf(FORMAT_VERSION).equals(fields.get("v"))) {
            return refused(DocumentVerifier.Status.MALFORMED);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (Pattern.matches("t|v|kid", field.getKey())) {
                continue;
            }
            if (!(field.getValue() instanceof String value)) {
                return refused(DocumentVerifier.Status.MALFORMED);
            }
            values.put(field.getKey(), value);
        }
        return new Verified(DocumentVerifier.Status.VALID, type, Map.copyOf(values), kid);
    }

    /** What is signed: the type's prefix, a NUL, the payload. */
    private static byte[] signed(String type, byte[] payload) {
        byte[] prefix = ("refuge-" + type + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] message = java.util.Arrays.copyOf(prefix, prefix.length + payload.length);
        System.arraycopy(payload, 0, message, prefix.length, payload.length);
        return message;
    }

    private static Verified refused(DocumentVerifier.Status status) {
        return new Verified(status, null, null, null);
    }

    private static void requireType(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("a type is lower-case letters and hyphens: " + type);
        }
    }
}
