package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;

class AidCollectionTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();

    private static AidCollection.Handed handed(UUID person) {
        return new AidCollection.Handed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), HOUSEHOLD, person, LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 3, 25), "CAMP-ARARAT-1", "HYGIENE-KIT", "UNHCR", new BigDecimal("2"));
    }

    @Test
    void aLinePerPerson_isThePersons_andAHouseholdLine_theHouseholds() {
        assertThat(AidCollection.record(handed(PERSON), null, "Ani Hakobyan", NOW, "social-worker", null).beneficiaryId()).isEqualTo(PERSON);
        assertThat(AidCollection.record(handed(null), PERSON, null, NOW, "social-worker", "k-1").beneficiaryId()).isEqualTo(HOUSEHOLD);
    }

    @Test
    void aLine_isHandedToAMemberOrANamedProxy_notBothAndNotNobody() {
        assertThatThrownBy(() -> AidCollection.record(handed(null), null, "  ", NOW, "u", null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("receivedBy"));
        assertThatThrownBy(() -> AidCollection.record(handed(null), PERSON, "Ani Hakobyan", NOW, "u", null)).isInstanceOf(Refusal.class);
        assertThat(AidCollection.record(handed(null), null, "  Ani Hakobyan ", NOW, "u", null).proxyName()).isEqualTo("Ani Hakobyan");
    }

    @Test
    void aVoid_needsItsReason_andHappensOnce() {
        AidCollection line = AidCollection.record(handed(null), PERSON, null, NOW, "u", null);
        assertThatThrownBy(() -> line.voidRecord(" ", NOW, "u")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.field()).isEqualTo("reason"));
        line.voidRecord(" handed to the wrong family ", NOW, "u");
        assertThat(line.voided()).isTrue();
        assertThat(line.voidReason()).isEqualTo("handed to the wrong family");
        assertThatThrownBy(() -> line.voidRecord("again", NOW, "u")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.is(Refusal.Kind.CONFLICT, AidCollection.VOIDED_ALREADY)).isTrue());
    }

    @Test
    void aCollection_takesItsQuantityFromTheStock_andItsVoidGivesItBack() {
        AidCollection line = AidCollection.record(handed(null), PERSON, null, NOW, "u", null);
        StockEntry out = StockEntry.distribution(line, LocalDate.of(2026, 3, 20));
        assertThat(out.kind()).isEqualTo(StockEntryKind.DISTRIBUTION);
        assertThat(out.quantity()).isEqualByComparingTo("-2");
        assertThat(out.collectionId()).isEqualTo(line.id());
        assertThat(out.partnerCode()).isEqualTo("UNHCR");
        StockEntry back = out.returned("wrong family", NOW, "u");
        assertThat(back.kind()).isEqualTo(StockEntryKind.CORRECTION);
        assertThat(back.quantity()).isEqualByComparingTo("2");
        assertThat(back.corrects()).isEqualTo(out.id());
        assertThatThrownBy(() -> back.returned("again", NOW, "u")).isInstanceOf(IllegalStateException.class);
    }
}
