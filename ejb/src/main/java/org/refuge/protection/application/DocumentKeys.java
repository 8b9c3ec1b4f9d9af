package org.refuge.protection.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;

/**
 * The Ed25519 key pair that signs the QR codes of identity documents, from the environment:
 * {@code REFUGE_DOCUMENT_SIGNING_KEY} (PKCS#8, base64 or PEM) and {@code REFUGE_DOCUMENT_PUBLIC_KEY} (X.509, base64 or
 * PEM), or the system properties {@code refuge.document.signing.key} and {@code refuge.document.public.key}.
 * {@code ./refuge} makes a pair on first use. The key id is the first 8 hex digits of the public key's SHA-256.
 */
@ApplicationScoped
public class DocumentKeys {

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

    public DocumentVerifier verifier() {
        return new DocumentVerifier(publicKey());
    }

    /** The public key in base64 (X.509), for offline verifiers. */
    public String publicKeyBase64() {
        return java.util.Base64.getEncoder().encodeToString(publicKey().getEncoded());
    }

    public String keyId() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(publicKey().getEncoded());
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PublicKey publicKey() {
        return DocumentVerifier.publicKey(setting("refuge.document.public.key", "REFUGE_DOCUMENT_PUBLIC_KEY"));
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
