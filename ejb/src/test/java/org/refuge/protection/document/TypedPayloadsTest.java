package org.refuge.protection.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refuge.protection.document.DocumentVerifier.Status;
import org.refuge.protection.document.testdata.Cards;

class TypedPayloadsTest {

    private static final KeyPair ISSUER = DocumentSigner.generate();
    private static final String KID = DocumentVerifier.keyId(ISSUER.getPublic());
    private static final DocumentSigner SIGNER = new DocumentSigner(ISSUER.getPrivate(), KID);
    private static final DocumentVerifier VERIFIER = new DocumentVerifier(ISSUER.getPublic());
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    private static Map<String, String> slip() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rn", "BCP-MARGARA-20260301-000042");
        fields.put("hs", "4");
        fields.put("bcp", "BCP-MARGARA");
        fields.put("ad", "2026-03-01");
        return fields;
    }

    @Test
    void aSignedSlip_verifies_withItsTypeFieldsAndKey() {
        String qr = TypedPayloads.sign(SIGNER, "registration-slip", slip());

        TypedPayloads.Verified verified = TypedPayloads.verify(VERIFIER, qr);

        assertThat(verified.genuine("registration-slip")).isTrue();
        assertThat(verified.fields()).isEqualTo(slip());
        assertThat(verified.keyId()).isEqualTo(KID);
        assertThat(new String(Base64.getUrlDecoder().decode(qr.substring(0, qr.indexOf('.'))), StandardCharsets.UTF_8))
                .isEqualTo("{\"t\":\"registration-slip\",\"v\":1,\"kid\":\"" + KID + "\",\"rn\":\"BCP-MARGARA-20260301-000042\","
                        + "\"hs\":\"4\",\"bcp\":\"BCP-MARGARA\",\"ad\":\"2026-03-01\"}");
    }

    @Test
    void anyChangedCharacter_isRefused() {
        String qr = TypedPayloads.sign(SIGNER, "registration-slip", slip());
        for (int i = 0; i < qr.length(); i++) {
            char c = qr.charAt(i);
            String tampered = qr.substring(0, i) + (c == 'A' ? 'B' : 'A') + qr.substring(i + 1);
            assertThat(TypedPayloads.verify(VERIFIER, tampered).status()).as("changed at %d", i).isNotEqualTo(Status.VALID);
        }
    }

    @Test
    void aHouseholdSizeRaisedInThePayload_breaksTheSignature() {
        String qr = TypedPayloads.sign(SIGNER, "registration-slip", slip());
        String payload = new String(Base64.getUrlDecoder().decode(qr.substring(0, qr.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\"hs\":\"4\"", "\"hs\":\"9\"")
                .getBytes(StandardCharsets.UTF_8)) + qr.substring(qr.indexOf('.'));

        assertThat(TypedPayloads.verify(VERIFIER, forged).status()).isEqualTo(Status.INVALID_SIGNATURE);
    }

    @Test
    void aCard_isNoTypedPayload_andASlipIsNoCard() {
        String card = SIGNER.sign(Cards.anahit());
        String slip = TypedPayloads.sign(SIGNER, "registration-slip", slip());

        assertThat(TypedPayloads.verify(VERIFIER, card).status()).isEqualTo(Status.MALFORMED);
        assertThat(VERIFIER.verify(slip, TODAY).status()).isEqualTo(Status.MALFORMED);
        assertThat(VERIFIER.verify(slip, TODAY).identity()).isNull();
    }

    @Test
    void aSignatureOfOneType_neverVerifiesAsAnother() {
        String slip = TypedPayloads.sign(SIGNER, "registration-slip", slip());
        String payload = new String(Base64.getUrlDecoder().decode(slip.substring(0, slip.indexOf('.'))), StandardCharsets.UTF_8);
        String retyped = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("registration-slip", "collection-voucher")
                .getBytes(StandardCharsets.UTF_8)) + slip.substring(slip.indexOf('.'));

        assertThat(TypedPayloads.verify(VERIFIER, retyped).status()).isEqualTo(Status.INVALID_SIGNATURE);
        assertThat(TypedPayloads.verify(VERIFIER, TypedPayloads.sign(SIGNER, "collection-voucher", slip())).genuine("registration-slip")).isFalse();
    }

    @Test
    void aSlipOfAnotherIssuer_isRefused_andTheRetiredKeyStillVerifies() {
        KeyPair other = DocumentSigner.generate();
        String foreign = TypedPayloads.sign(new DocumentSigner(other.getPrivate(), KID), "registration-slip", slip());
        assertThat(TypedPayloads.verify(VERIFIER, foreign).status()).isEqualTo(Status.INVALID_SIGNATURE);

        DocumentVerifier rotated = new DocumentVerifier(other.getPublic(), java.util.List.of(ISSUER.getPublic()));
        assertThat(TypedPayloads.verify(rotated, TypedPayloads.sign(SIGNER, "registration-slip", slip())).genuine("registration-slip")).isTrue();
        String unknown = TypedPayloads.sign(new DocumentSigner(other.getPrivate(), "0badc0de"), "registration-slip", slip());
        assertThat(TypedPayloads.verify(VERIFIER, unknown).status()).isEqualTo(Status.UNKNOWN_KEY);
    }

    @Test
    void textThatIsNoCode_isMalformed() {
        assertThat(TypedPayloads.verify(VERIFIER, "not a code").status()).isEqualTo(Status.MALFORMED);
        assertThat(TypedPayloads.verify(VERIFIER, null).status()).isEqualTo(Status.MALFORMED);
        assertThat(TypedPayloads.verify(VERIFIER, "a.b.c").status()).isEqualTo(Status.MALFORMED);
    }
}
