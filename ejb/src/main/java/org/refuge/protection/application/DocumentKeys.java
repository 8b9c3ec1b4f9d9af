package org.refuge.protection.application;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;

/**
 * The Ed25519 key pair that signs the QR codes of identity documents, from the environment:
 * {@code REFUGE_DOCUMENT_SIGNING_KEY} (PKCS#8, base64 or PEM) and {@code REFUGE_DOCUMENT_PUBLIC_KEY} (X.509, base64 or
 * PEM), or the system properties {@code refuge.document.signing.key} and {@code refuge.document.public.key}.
 * {@code ./refuge} makes a pair on first use. The key id is the first 8 hex digits of the public key's SHA-256.
 * <p>
 * A key rotation: the new pair becomes the current one, and the old public key goes to
 * {@code REFUGE_DOCUMENT_PUBLIC_KEYS_RETIRED} (or {@code refuge.document.public.keys.retired}): X.509 base64 keys
 * separated by commas, semicolons or white space, each optionally preceded by {@code id:} when the cards signed with
 * it carry another id than the derived one. Cards signed with a retired key keep verifying; new cards carry the new id.
 */
@ApplicationScoped
public class DocumentKeys {

    private static final Logger LOG = Logger.getLogger(DocumentKeys.class.getName());

    /** The signer, after checking that the private key belongs to the public key verifiers are given. */
    public DocumentSigner signer() {
        java.security.PrivateKey privateKey = DocumentSigner.privateKey(setting("refuge.document.signing.key", "REFUGE_DOCUMENT_SIGNING_KEY"));
        try {
            byte[] probe = "refuge document key probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.security.Signature signing = java.security.Signature.getInstance("Ed25519");
            signing.initSign(privateKey);
            signing.update(probe);
            byte[] signature = signing.sign();
            java.security.Signature checking = java.security.Signature.getInstance("Ed25519");
            checking.initVerify(publicKey());
            checking.update(probe);
            if (!checking.verify(signature)) {
                throw new IllegalStateException("REFUGE_DOCUMENT_SIGNING_KEY and REFUGE_DOCUMENT_PUBLIC_KEY are not one key pair: "
                        + "documents signed with it would never verify");
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The document signing key cannot sign: " + e.getMessage(), e);
        }
        return new DocumentSigner(privateKey, keyId());
    }

    /** The key ring: the current public key and the retired ones. */
    public DocumentVerifier verifier() {
        PublicKey current = publicKey();
        Map<String, PublicKey> ring = new LinkedHashMap<>(retired());
        ring.put(DocumentVerifier.keyId(current), current);
        return new DocumentVerifier(ring, current);
    }

    /** The public key in base64 (X.509), for offline verifiers. */
    public String publicKeyBase64() {
        return java.util.Base64.getEncoder().encodeToString(publicKey().getEncoded());
    }

    /** The retired public keys by id, in base64 (X.509), for offline verifiers: cards signed with them still verify. */
    public Map<String, String> retiredKeysBase64() {
        Map<String, String> keys = new LinkedHashMap<>();
        retired().forEach((id, key) -> keys.put(id, java.util.Base64.getEncoder().encodeToString(key.getEncoded())));
        return keys;
    }

    public String keyId() {
        return DocumentVerifier.keyId(publicKey());
    }

    private PublicKey publicKey() {
        return DocumentVerifier.publicKey(setting("refuge.document.public.key", "REFUGE_DOCUMENT_PUBLIC_KEY"));
    }

    /** The retired keys; an entry that is not a public key is left out with a warning, not the whole ring. */
    static Map<String, PublicKey> retired(String configured) {
        Map<String, PublicKey> ring = new LinkedHashMap<>();
        if (configured == null || configured.isBlank()) {
            return ring;
        }
        List<String> entries = List.of(configured.strip().split("[\\s,;]+"));
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            int colon = entry.indexOf(':');
            try {
                PublicKey key = DocumentVerifier.publicKey(colon < 0 ? entry : entry.substring(colon + 1));
                ring.put(DocumentVerifier.keyId(key), key);
                if (colon > 0) {
                    ring.put(entry.substring(0, colon), key);
                }
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "REFUGE_DOCUMENT_PUBLIC_KEYS_RETIRED: entry {0} is not an Ed25519 public key (X.509 base64); left out",
                        i + 1);
            }
        }
        return ring;
    }

    private static Map<String, PublicKey> retired() {
        return retired(System.getProperty("refuge.document.public.keys.retired", System.getenv("REFUGE_DOCUMENT_PUBLIC_KEYS_RETIRED")));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: identity documents cannot be signed or verified ("
                    + "./refuge makes a key pair in ~/.local/state/refuge/secrets.env)");
        }
        return value.strip();
    }
}
