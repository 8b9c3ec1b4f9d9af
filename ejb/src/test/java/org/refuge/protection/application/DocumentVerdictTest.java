package org.refuge.protection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.DocumentVerifier.Status;

/** The one verdict of a QR check, and the retired keys of the ring as configured. */
class DocumentVerdictTest {

    @Test
    void aGenuineSignature_isValidOnlyForADocumentHandedOverToItsHolder() {
        assertThat(DocumentService.verdict(Status.VALID, "HANDED_OVER")).isEqualTo("VALID");
        assertThat(DocumentService.verdict(Status.VALID, "STOLEN")).isEqualTo("REPORTED_STOLEN");
        assertThat(DocumentService.verdict(Status.VALID, "LOST")).isEqualTo("REPORTED_LOST");
        assertThat(DocumentService.verdict(Status.VALID, "REVOKED")).isEqualTo("REVOKED");
        assertThat(DocumentService.verdict(Status.VALID, "REPLACED")).isEqualTo("REPLACED");
        assertThat(DocumentService.verdict(Status.VALID, "PRODUCED")).isEqualTo("NOT_HANDED_OVER");
        assertThat(DocumentService.verdict(Status.VALID, null)).isEqualTo("UNKNOWN_DOCUMENT");
    }

    @Test
    void theSignatureComesFirst_thenTheRegistry_thenTheDates() {
        assertThat(DocumentService.verdict(Status.INVALID_SIGNATURE, null)).isEqualTo("INVALID_SIGNATURE");
        assertThat(DocumentService.verdict(Status.MALFORMED, null)).isEqualTo("MALFORMED");
        assertThat(DocumentService.verdict(Status.UNKNOWN_KEY, null)).isEqualTo("UNKNOWN_KEY");
        assertThat(DocumentService.verdict(Status.EXPIRED, "STOLEN")).isEqualTo("REPORTED_STOLEN");
        assertThat(DocumentService.verdict(Status.EXPIRED, "HANDED_OVER")).isEqualTo("EXPIRED");
        assertThat(DocumentService.verdict(Status.NOT_YET_VALID, "PRODUCED")).isEqualTo("NOT_YET_VALID");
    }

    @Test
    void retiredKeys_areReadWithDerivedOrConfiguredIds_andABadEntryIsLeftOut() {
        KeyPair one = DocumentSigner.generate();
        KeyPair two = DocumentSigner.generate();
        String first = Base64.getEncoder().encodeToString(one.getPublic().getEncoded());
        String second = Base64.getEncoder().encodeToString(two.getPublic().getEncoded());

        Map<String, PublicKey> ring = DocumentKeys.retired(first + ",\n pvd-2025-1:" + second + "; not-a-key");

        assertThat(ring).containsEntry(DocumentVerifier.keyId(one.getPublic()), one.getPublic())
                .containsEntry(DocumentVerifier.keyId(two.getPublic()), two.getPublic())
                .containsEntry("pvd-2025-1", two.getPublic()).hasSize(3);
        assertThat(DocumentKeys.retired(null)).isEmpty();
        assertThat(DocumentKeys.retired(" ")).isEmpty();
    }
}
