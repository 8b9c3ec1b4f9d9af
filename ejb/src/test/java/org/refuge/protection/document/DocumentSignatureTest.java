package org.refuge.protection.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refuge.protection.document.DocumentVerifier.Status;
import org.refuge.protection.document.testdata.Cards;

class DocumentSignatureTest {

    private static final KeyPair ISSUER = DocumentSigner.generate();
    /** The key id as DocumentKeys derives it from the public key. */
    private static final String KID = DocumentVerifier.keyId(ISSUER.getPublic());
    private static final DocumentSigner SIGNER = new DocumentSigner(ISSUER.getPrivate(), KID);
    private static final DocumentVerifier VERIFIER = new DocumentVerifier(ISSUER.getPublic());
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    @Test
    void payload_isCompactJsonWithTheKeysInTheOrderOfTheFormat() {
        assertThat(SIGNER.payload(Cards.anahit())).isEqualTo("{\"v\":2,\"kid\":\"" + KID + "\",\"no\":\"TP-2026-000123\","
                + "\"fn\":\"Պետրոսյան\",\"gn\":\"Անահիտ\",\"fnl\":\"Petrosyan\",\"gnl\":\"Anahit\",\"sex\":\"F\","
                + "\"bd\":\"1985-03-07\",\"cit\":\"SYR\",\"from\":\"2026-12-01\",\"to\":\"2027-11-30\","
                + "\"ph\":\"" + DocumentVerifier.portraitHash(Cards.anahit().photoJpeg()) + "\"}");
        assertThat(KID).matches("[0-9a-f]{8}");
        assertThat(DocumentVerifier.portraitHash(Cards.anahit().photoJpeg())).matches("[A-Za-z0-9_-]{22}");
        assertThat(SIGNER.payload(Cards.mariya())).contains("\"bd\":\"1990-06\"");
        assertThat(SIGNER.payload(Cards.fatima())).contains("\"bd\":\"1978\"", "\"fn\":\"الحسن\"");
    }

    @Test
    void aSignedCard_isValid_andShowsTheMinimalIdentity() {
        String qr = SIGNER.sign(Cards.anahit());

        DocumentVerifier.Result result = VERIFIER.verify(qr, TODAY);

        assertThat(result.status()).isEqualTo(Status.VALID);
        assertThat(result.identity()).isEqualTo(new DocumentVerifier.Identity("TP-2026-000123", "Պետրոսյան", "Անահիտ",
                "Petrosyan", "Anahit", "F", "1985-03-07", "SYR", Cards.ISSUED, Cards.VALID_UNTIL, KID,
                DocumentVerifier.portraitHash(Cards.anahit().photoJpeg())));
        assertThat(qr).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{86}"); // 64-byte Ed25519 signature
    }

    @Test
    void signing_isDeterministic_soAReprintCarriesTheSameCode() {
        assertThat(SIGNER.sign(Cards.anahit())).isEqualTo(SIGNER.sign(Cards.anahit()));
    }

    @Test
    void aNameWrittenInDecomposedForm_signsLikeTheComposedOne() {
        CardData composed = Cards.card("TP-1", "R-1", "Zoë", "Müller", "Zoe", "Mueller", "F", LocalDate.of(2000, 1, 2), null, "DEU");
        CardData decomposed = Cards.card("TP-1", "R-1", "Zoe\u0308", "Mu\u0308ller", "Zoe", "Mueller", "F", LocalDate.of(2000, 1, 2), null, "DEU");
        assertThat(SIGNER.payload(decomposed)).isEqualTo(SIGNER.payload(composed));
    }

    @Test
    void everyCharacterChangedInThePayload_breaksTheSignature() {
        String qr = SIGNER.sign(Cards.anahit());
        int dot = qr.indexOf('.');
        for (int i = 0; i < dot - 1; i++) { // the last character may only carry padding bits: refused as MALFORMED
            char changed = qr.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = qr.substring(0, i) + changed + qr.substring(i + 1);
            DocumentVerifier.Result result = VERIFIER.verify(tampered, TODAY);
            // a change within the key id names a key the ring does not hold: refused as such
            String decoded = new String(Base64.getUrlDecoder().decode(tampered.substring(0, dot)), StandardCharsets.UTF_8);
            if (decoded.contains("\"kid\":\"" + KID + "\"")) {
                assertThat(result.status()).as("character %d changed", i).isEqualTo(Status.INVALID_SIGNATURE);
            } else {
                assertThat(result.status()).as("character %d changed in the key id", i).isIn(Status.INVALID_SIGNATURE, Status.UNKNOWN_KEY);
            }
            assertThat(result.identity()).isNull();
        }
    }

    @Test
    void editedDataWithTheOldSignature_isInvalid() {
        String qr = SIGNER.sign(Cards.anahit());
        String payload = new String(Base64.getUrlDecoder().decode(qr.substring(0, qr.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = payload.replace("2027-11-30", "2029-11-30");
        assertThat(forged).isNotEqualTo(payload);

        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + qr.substring(qr.indexOf('.'));

        assertThat(VERIFIER.verify(tampered, TODAY).status()).isEqualTo(Status.INVALID_SIGNATURE);
    }

    @Test
    void aCardSignedWithAnotherKey_isInvalid_evenUnderTheSameKeyId() {
        String qr = new DocumentSigner(DocumentSigner.generate().getPrivate(), KID).sign(Cards.anahit());
        assertThat(VERIFIER.verify(qr, TODAY)).isEqualTo(new DocumentVerifier.Result(Status.INVALID_SIGNATURE, null));
    }

    @Test
    void aPayloadSignedWithARetiredKey_verifiesThroughTheRing_whileTheNewKeySigns() {
        KeyPair next = DocumentSigner.generate();
        String nextId = DocumentVerifier.keyId(next.getPublic());
        DocumentVerifier ring = new DocumentVerifier(next.getPublic(), List.of(ISSUER.getPublic()));
        assertThat(ring.keyIds()).containsExactlyInAnyOrder(KID, nextId);

        DocumentVerifier.Result old = ring.verify(SIGNER.sign(Cards.anahit()), TODAY);
        assertThat(old.status()).isEqualTo(Status.VALID);
        assertThat(old.identity().keyId()).isEqualTo(KID);
        DocumentVerifier.Result fresh = ring.verify(new DocumentSigner(next.getPrivate(), nextId).sign(Cards.anahit()), TODAY);
        assertThat(fresh.status()).isEqualTo(Status.VALID);
        assertThat(fresh.identity().keyId()).isEqualTo(nextId);
        // the retired key checks only what names it: a card naming the new key but signed with the old one is forged
        assertThat(ring.verify(new DocumentSigner(ISSUER.getPrivate(), nextId).sign(Cards.anahit()), TODAY).status())
                .isEqualTo(Status.INVALID_SIGNATURE);
        // without the retired key in the ring, the old card is refused
        assertThat(new DocumentVerifier(next.getPublic()).verify(SIGNER.sign(Cards.anahit()), TODAY))
                .isEqualTo(new DocumentVerifier.Result(Status.UNKNOWN_KEY, null));
    }

    @Test
    void aRingWithConfiguredIds_findsTheKeyUnderTheIdTheCardCarries() {
        DocumentVerifier ring = new DocumentVerifier(java.util.Map.of("pvd-2026-1", ISSUER.getPublic()), ISSUER.getPublic());
        DocumentVerifier.Result result = ring.verify(new DocumentSigner(ISSUER.getPrivate(), "pvd-2026-1").sign(Cards.anahit()), TODAY);
        assertThat(result.valid()).isTrue();
        assertThat(result.identity().keyId()).isEqualTo("pvd-2026-1");
        assertThatThrownBy(() -> new DocumentVerifier(java.util.Map.of("a", ISSUER.getPublic()), DocumentSigner.generate().getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownKeyId_isRefused() {
        KeyPair stranger = DocumentSigner.generate();
        String qr = new DocumentSigner(stranger.getPrivate(), DocumentVerifier.keyId(stranger.getPublic())).sign(Cards.anahit());
        assertThat(VERIFIER.verify(qr, TODAY)).isEqualTo(new DocumentVerifier.Result(Status.UNKNOWN_KEY, null));
        // signed with the trusted key, but under an id the ring does not hold
        assertThat(VERIFIER.verify(new DocumentSigner(ISSUER.getPrivate(), "pvd-2099-1").sign(Cards.anahit()), TODAY))
                .isEqualTo(new DocumentVerifier.Result(Status.UNKNOWN_KEY, null));
    }

    @Test
    void cardsIssuedBeforeThePortraitHash_stillVerify_andBindNoPortrait() throws Exception {
        // version 1, as issued until now: with the derived key id, and (older still) without any key id
        String withKid = SIGNER.payload(Cards.anahit()).replace("\"v\":2", "\"v\":1").replaceFirst(",\"ph\":\"[^\"]+\"", "");
        String withoutKid = withKid.replace(",\"kid\":\"" + KID + "\"", "");
        assertThat(withoutKid).doesNotContain("kid", "ph");
        for (String payload : List.of(withKid, withoutKid)) {
            DocumentVerifier.Result result = VERIFIER.verify(signedByHand(payload), TODAY);
            assertThat(result.status()).as(payload).isEqualTo(Status.VALID);
            assertThat(result.identity().keyId()).isEqualTo(KID);
            assertThat(result.identity().portraitHash()).isNull();
        }
        // a card without a key id is checked with the current key only
        KeyPair next = DocumentSigner.generate();
        assertThat(new DocumentVerifier(next.getPublic(), List.of(ISSUER.getPublic())).verify(signedByHand(withoutKid), TODAY).status())
                .isEqualTo(Status.INVALID_SIGNATURE);
        // version 2 needs its portrait hash
        assertThat(VERIFIER.verify(signedByHand(withKid.replace("\"v\":1", "\"v\":2")), TODAY).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void thePortraitHash_bindsTheExactPortraitBytes() {
        CardData card = Cards.anahit();
        DocumentVerifier.Identity identity = VERIFIER.verify(SIGNER.sign(card), TODAY).identity();
        assertThat(identity.portraitHash()).isEqualTo(DocumentVerifier.portraitHash(card.photoJpeg()));
        assertThat(identity.portraitMatches(card.photoJpeg())).isTrue();
        // another face, or none, is flagged
        assertThat(identity.portraitMatches(Cards.portrait(99))).isFalse();
        assertThat(identity.portraitMatches(null)).isFalse();
        byte[] oneByteOff = card.photoJpeg();
        oneByteOff[oneByteOff.length / 2] ^= 1;
        assertThat(identity.portraitMatches(oneByteOff)).isFalse();
        // the same person with another portrait signs another code
        CardData otherFace = new CardData(card.documentNumber(), card.registryNumber(), card.givenName(), card.familyName(),
                card.givenNameLatin(), card.familyNameLatin(), card.sex(), card.birthDate(), card.birthPrecision(), card.citizenship(),
                card.validFrom(), card.validUntil(), card.issuingAuthority(), Cards.portrait(99));
        assertThat(SIGNER.sign(otherFace)).isNotEqualTo(SIGNER.sign(card));
    }

    @Test
    void validity_runsFromTheFirstToTheLastDayInclusive() {
        String qr = SIGNER.sign(Cards.anahit());
        assertThat(VERIFIER.verify(qr, Cards.ISSUED).status()).isEqualTo(Status.VALID);
        assertThat(VERIFIER.verify(qr, Cards.VALID_UNTIL).status()).isEqualTo(Status.VALID);
        DocumentVerifier.Result expired = VERIFIER.verify(qr, Cards.VALID_UNTIL.plusDays(1));
        assertThat(expired.status()).isEqualTo(Status.EXPIRED);
        assertThat(expired.identity().documentNumber()).isEqualTo("TP-2026-000123"); // genuine, so shown
        assertThat(VERIFIER.verify(qr, Cards.ISSUED.minusDays(1)).status()).isEqualTo(Status.NOT_YET_VALID);
    }

    @Test
    void textThatIsNotTwoCanonicalBase64urlParts_isMalformed() {
        String qr = SIGNER.sign(Cards.anahit());
        for (String text : new String[] {"", "hello", qr + ".x", qr.replace('.', '!'), "." + qr.substring(qr.indexOf('.') + 1),
                qr.substring(0, qr.indexOf('.') + 1), qr + "=", "@@@@." + qr.substring(qr.indexOf('.') + 1),
                "A".repeat(DocumentVerifier.MAX_LENGTH) + qr}) {
            assertThat(VERIFIER.verify(text, TODAY)).as(text).isEqualTo(new DocumentVerifier.Result(Status.MALFORMED, null));
        }
        assertThat(VERIFIER.verify(null, TODAY).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void aGenuineSignatureOverAnUnknownVersionOrBrokenJson_isMalformed() throws Exception {
        for (String payload : new String[] {SIGNER.payload(Cards.anahit()).replace("\"v\":2", "\"v\":3"),
                SIGNER.payload(Cards.anahit()).replace(",\"to\":\"2027-11-30\"", ""),
                SIGNER.payload(Cards.anahit()).replace("2027-11-30", "2027-13-30"),
                SIGNER.payload(Cards.anahit()) + " ", "{\"v\":1,\"v\":1}", "[1]"}) {
            assertThat(VERIFIER.verify(signedByHand(payload), TODAY).status()).as(payload).isEqualTo(Status.MALFORMED);
        }
    }

    @Test
    void escapedCharacters_surviveTheRoundTrip() {
        CardData card = Cards.card("TP-2", "R-2", "Jean \"Johnny\"", "O\\Neil", "Jean \"Johnny\"", "O\\Neil", "M",
                LocalDate.of(1970, 5, 5), null, "stateless");
        DocumentVerifier.Identity identity = VERIFIER.verify(SIGNER.sign(card), TODAY).identity();
        assertThat(identity.givenName()).isEqualTo("Jean \"Johnny\"");
        assertThat(identity.familyName()).isEqualTo("O\\Neil");
        assertThat(identity.citizenship()).isEqualTo("stateless");
    }

    @Test
    void keys_loadFromBase64AndPem() {
        String privateBase64 = Base64.getEncoder().encodeToString(ISSUER.getPrivate().getEncoded());
        String publicPem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        String qr = new DocumentSigner(DocumentSigner.privateKey(privateBase64), KID).sign(Cards.anahit());
        assertThat(new DocumentVerifier(DocumentVerifier.publicKey(publicPem)).verify(qr, TODAY).valid()).isTrue();
        assertThatThrownBy(() -> DocumentVerifier.publicKey("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentSigner.privateKey("%%%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLine_printsTheVerdictAndTheData_andExitsWith0Or1(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("issuer.pub"), Base64.getEncoder().encodeToString(ISSUER.getPublic().getEncoded()));
        Path qr = Files.writeString(dir.resolve("qr.txt"), SIGNER.sign(Cards.anahit()) + "\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DocumentVerifier.run(new String[] {key.toString(), qr.toString(), "2027-02-15"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID\n").contains("TP-2026-000123", "Անահիտ Պետրոսյան",
                "Anahit Petrosyan", "2026-12-01 to 2027-11-30");

        out.reset();
        exit = DocumentVerifier.run(new String[] {Files.readString(key), qr.toString(), "2027-12-01"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("INVALID: EXPIRED\n").contains("TP-2026-000123");

        out.reset();
        assertThat(DocumentVerifier.run(new String[] {key.toString()}, new PrintStream(out))).isEqualTo(1);
        assertThat(out.toString()).startsWith("usage:");
    }

    /** The verifier compiles and runs from its one source file with the JDK alone, as at an offline checkpoint. */
    @Test
    void verifierSource_runsStandaloneWithTheJdkAlone(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("issuer.pub"), Base64.getEncoder().encodeToString(ISSUER.getPublic().getEncoded()));
        Path qr = Files.writeString(dir.resolve("qr.txt"), SIGNER.sign(Cards.anahit()));
        Path source = Path.of("src/main/java/org/refuge/protection/document/DocumentVerifier.java");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process valid = new ProcessBuilder(java, source.toString(), key.toString(), qr.toString(), "2027-02-15")
                .redirectErrorStream(true).start();
        String output = new String(valid.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(valid.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(valid.exitValue()).as(output).isZero();
        assertThat(output).startsWith("VALID").contains("TP-2026-000123", "Anahit Petrosyan");
    }

    private static String signedByHand(String payload) throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(ISSUER.getPrivate());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        ed25519.update(bytes);
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString(bytes) + "." + base64url.encodeToString(ed25519.sign());
    }
}
