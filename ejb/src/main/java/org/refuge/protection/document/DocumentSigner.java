package org.refuge.protection.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs the QR text of a temporary protection card with the issuer's Ed25519 key, in the format that
 * {@link DocumentVerifier} describes and checks. Ed25519 is deterministic: the same card data and key always give
 * the same QR text, so a reprint carries the same code.
 */
public final class DocumentSigner {

    private final PrivateKey key;
    private final String keyId;

    /**
     * @param keyId names the key in the payload, under which verifiers find it in their key ring
     *              ({@link DocumentVerifier#keyId} of the public key, unless the ring is configured otherwise)
     */
    public DocumentSigner(PrivateKey key, String keyId) {
        this.key = Objects.requireNonNull(key, "key");
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId is required");
        }
        this.keyId = keyId;
    }

    /** An Ed25519 private key from base64 of its PKCS#8 encoding; PEM armour and line breaks are ignored. */
    public static PrivateKey privateKey(String pkcs8Base64) {
        String base64 = pkcs8Base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 base64", e);
        }
    }

    /** A fresh key pair, for tests and development; production keys are generated and kept outside the application. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no Ed25519", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The QR text: base64url(payload) "." base64url(signature). */
    public String sign(CardData card) {
        byte[] payload = payload(card).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString(payload) + "." + base64url.encodeToString(signature(payload));
    }

    /** The Ed25519 signature of {@code message}: the card's payload, or a typed payload behind its prefix ({@link TypedPayloads}). */
    byte[] signature(byte[] message) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(message);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519 key " + keyId, e);
        }
    }

    /** The canonical payload: compact JSON, keys in the fixed order of the format, the portrait's hash last. */
    String payload(CardData card) {
        StringBuilder json = new StringBuilder("{\"v\":").append(DocumentVerifier.FORMAT_VERSION);
        field(json, "kid", keyId);
        field(json, "no", card.documentNumber());
        field(json, "fn", card.familyName());
        field(json, "gn", card.givenName());
        field(json, "fnl", card.familyNameLatin());
        field(json, "gnl", card.givenNameLatin());
        field(json, "sex", card.sex());
        field(json, "bd", card.birthDateIso());
        field(json, "cit", card.citizenship());
        field(json, "from", card.validFrom().toString());
        field(json, "to", card.validUntil().toString());
        field(json, "ph", DocumentVerifier.portraitHash(card.photoJpeg()));
        return json.append('}').toString();
    }

    static void field(StringBuilder json, String key, String value) {
        json.append(",\"").append(key).append("\":\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
