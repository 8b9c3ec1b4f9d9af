package org.refuge.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.domain.IdentityDocument.Status;

/** The life of an identity document: produced, printed, handed over, and ended once. */
class IdentityDocumentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID HOLDER = UUID.nameUUIDFromBytes("holder".getBytes());
    private static final UUID HOUSEHOLD = UUID.nameUUIDFromBytes("household".getBytes());

    private static IdentityDocument.Card card(String number) {
        return new IdentityDocument.Card(number, HOLDER, HOUSEHOLD, "ARM-ARARAT", LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 2),
                "qr-" + number, new byte[] {1, 2, 3});
    }

    private static IdentityDocument produced() {
        return IdentityDocument.produce(card("TP-2026-000001"), NOW, "police");
    }

    private static IdentityDocument handedOver() {
        IdentityDocument document = produced();
        document.print(null, NOW, "police");
        document.handOver("the holder", NOW, "police");
        return document;
    }

    private static void assertRefused(Runnable step, String rule) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(ProtectionRefusals.rule(e)).isEqualTo(rule);
            assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("refuge.protection." + rule);
        });
    }

    @Test
    void aNewDocument_isProduced_current_andNeverPrinted() {
        IdentityDocument document = produced();
        assertThat(document.status()).isEqualTo(Status.PRODUCED);
        assertThat(document.status().current()).isTrue();
        assertThat(document.prints()).isZero();
    }

    @Test
    void theFirstPrint_needsNoReason_andIsNoReprint() {
        IdentityDocument document = produced();
        assertThat(document.print(null, NOW, "police")).isFalse();
        assertThat(document.prints()).isEqualTo(1);
    }

    @Test
    void aReprint_withoutItsReason_isRefused() {
        IdentityDocument document = produced();
        document.print(null, NOW, "police");
        assertRefused(() -> document.print("  ", NOW.plusSeconds(60), "police"), "reprintReason");
        assertThat(document.prints()).isEqualTo(1);
    }

    @Test
    void aReprint_withItsReason_isRecorded() {
        IdentityDocument document = produced();
        document.print(null, NOW, "police");
        assertThat(document.print("card jammed in the printer", NOW.plusSeconds(60), "police")).isTrue();
        assertThat(document.prints()).isEqualTo(2);
    }

    @Test
    void aCardNeverPrinted_isNotHandedOver() {
        IdentityDocument document = produced();
        assertRefused(() -> document.handOver("the holder", NOW, "police"), "notPrinted");
        assertThat(document.status()).isEqualTo(Status.PRODUCED);
    }

    @Test
    void aPrintedCard_isHandedOver_toWhomItSays() {
        IdentityDocument document = handedOver();
        assertThat(document.status()).isEqualTo(Status.HANDED_OVER);
        assertThat(document.handedTo()).isEqualTo("the holder");
        assertThat(document.handedOverAt()).isEqualTo(NOW);
    }

    @Test
    void aDocumentHandedOver_isNotHandedOverTwice() {
        IdentityDocument document = handedOver();
        assertRefused(() -> document.handOver("someone else", NOW, "police"), "documentEnded");
    }

    @Test
    void aStolenDocument_endsWithItsCircumstances_andIsNeitherPrintedNorHandedOver() {
        IdentityDocument document = handedOver();
        document.reportMissing(true, " taken at the market ", NOW);
        assertThat(document.status()).isEqualTo(Status.STOLEN);
        assertThat(document.endReason()).isEqualTo("taken at the market");
        assertThat(document.endedAt()).isEqualTo(NOW);
        assertRefused(() -> document.print("again", NOW, "police"), "documentEnded");
        assertRefused(() -> document.reportMissing(false, "lost too", NOW), "documentEnded");
    }

    @Test
    void aLostDocument_isReplaced_butStaysReportedLost() {
        IdentityDocument lost = handedOver();
        lost.reportMissing(false, "lost on the bus", NOW);
        IdentityDocument replacement = lost.replaceWith(card("TP-2026-000002"), NOW, "police");
        assertThat(lost.status()).isEqualTo(Status.LOST);
        assertThat(replacement.status()).isEqualTo(Status.PRODUCED);
        assertThat(replacement.replaces()).isEqualTo(lost.id());
    }

    @Test
    void aCurrentDocument_endsAsReplaced_byTheDocumentProducedForIt() {
        IdentityDocument current = handedOver();
        IdentityDocument replacement = current.replaceWith(card("TP-2026-000002"), NOW, "police");
        assertThat(current.status()).isEqualTo(Status.REPLACED);
        assertThat(current.endReason()).isEqualTo("replaced by TP-2026-000002");
        assertThat(replacement.replaces()).isEqualTo(current.id());
    }

    @Test
    void aReplacedDocument_isNotReplacedAgain() {
        IdentityDocument current = handedOver();
        current.replaceWith(card("TP-2026-000002"), NOW, "police");
        assertRefused(() -> current.replaceWith(card("TP-2026-000003"), NOW, "police"), "documentEnded");
    }

    @Test
    void aRevokedDocument_endsWithTheGround_andIsNotReplaced() {
        IdentityDocument document = handedOver();
        document.revoke("terminated: left the country", NOW);
        assertThat(document.status()).isEqualTo(Status.REVOKED);
        assertThat(document.endReason()).isEqualTo("terminated: left the country");
        assertRefused(() -> document.replaceWith(card("TP-2026-000002"), NOW, "police"), "documentEnded");
        assertRefused(() -> document.revoke("again", NOW), "documentEnded");
    }

    @Test
    void aReplacement_isForTheSameHolder() {
        IdentityDocument document = handedOver();
        IdentityDocument.Card someoneElse = new IdentityDocument.Card("TP-2026-000002", UUID.randomUUID(), HOUSEHOLD, "ARM-ARARAT",
                LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 2), "qr", new byte[] {1});
        assertThatThrownBy(() -> document.replaceWith(someoneElse, NOW, "police")).isInstanceOf(IllegalArgumentException.class);
        assertThat(document.status()).isEqualTo(Status.HANDED_OVER);
    }
}
