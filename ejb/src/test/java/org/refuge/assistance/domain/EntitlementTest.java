package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;

class EntitlementTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static EntitlementTerms parcels(int quantity, LocalDate from, LocalDate to) {
        return new EntitlementTerms("FOOD-PARCEL", Per.HOUSEHOLD, BigDecimal.valueOf(quantity), null, Period.WEEKLY, null, Stage.IN_CAMP,
                null, null, null, "STATE-RESERVE", from, to);
    }

    @Test
    void anEdit_closesTheCurrentVersion_theDayTheNextBegins_andThePastStaysReadable() {
        Entitlement rule = Entitlement.create("FOOD-WEEKLY", parcels(1, LocalDate.of(2026, 1, 1), null), NOW, "supervisor");
        rule.revise(parcels(2, LocalDate.of(2026, 3, 10), null), 1, NOW, "supervisor");

        assertThat(rule.history()).extracting(EntitlementVersion::number).containsExactly(1, 2);
        assertThat(rule.history().get(0).validTo()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(rule.on(LocalDate.of(2026, 3, 3)).orElseThrow().terms().quantity()).isEqualByComparingTo("1");
        assertThat(rule.on(LocalDate.of(2026, 3, 9)).orElseThrow().number()).isEqualTo(1);
        assertThat(rule.on(LocalDate.of(2026, 3, 10)).orElseThrow().number()).isEqualTo(2);
        assertThat(rule.on(LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void aVersionBeginningTheSameDay_replacesTheCurrentOneFromItsFirstDay() {
        Entitlement rule = Entitlement.create("FOOD-WEEKLY", parcels(1, LocalDate.of(2026, 1, 1), null), NOW, "supervisor");
        rule.revise(parcels(3, LocalDate.of(2026, 1, 1), null), null, NOW, "supervisor");
        assertThat(rule.on(LocalDate.of(2026, 1, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(rule.history()).hasSize(2);
    }

    @Test
    void aVersion_cannotBeginBeforeTheCurrentOne() {
        Entitlement rule = Entitlement.create("FOOD-WEEKLY", parcels(1, LocalDate.of(2026, 2, 1), null), NOW, "supervisor");
        assertThatThrownBy(() -> rule.revise(parcels(2, LocalDate.of(2026, 1, 31), null), null, NOW, "supervisor"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("validFrom"));
    }

    @Test
    void anEditBasedOnAnOlderVersion_isRefused() {
        Entitlement rule = Entitlement.create("FOOD-WEEKLY", parcels(1, LocalDate.of(2026, 1, 1), null), NOW, "supervisor");
        rule.revise(parcels(2, LocalDate.of(2026, 2, 1), null), 1, NOW, "supervisor");
        assertThatThrownBy(() -> rule.revise(parcels(3, LocalDate.of(2026, 3, 1), null), 1, NOW, "another supervisor"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.is(Refusal.Kind.CONFLICT, Entitlement.STALE)).isTrue());
    }

    @Test
    void aVersionThatEndedBeforeTheNextBegins_keepsItsOwnEnd() {
        Entitlement rule = Entitlement.create("FOOD-WEEKLY", parcels(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), NOW, "s");
        rule.revise(parcels(2, LocalDate.of(2026, 3, 1), null), null, NOW, "s");
        assertThat(rule.history().get(0).validTo()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(rule.on(LocalDate.of(2026, 2, 15))).isEmpty();
    }

    @Test
    void terms_sayOneThingAtATime() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        SizeBands bands = SizeBands.of(List.of(new SizeBands.Band(1, null, BigDecimal.ONE)));
        assertField(() -> new EntitlementTerms("X", Per.HOUSEHOLD, BigDecimal.ONE, bands, Period.ONCE, null, Stage.IN_CAMP, null, null, null,
                "P", day, null), "quantity");
        assertField(() -> new EntitlementTerms("X", Per.PERSON, null, bands, Period.ONCE, null, Stage.IN_CAMP, null, null, null, "P", day,
                null), "bands");
        assertField(() -> new EntitlementTerms("X", Per.PERSON, BigDecimal.ONE, null, Period.MONTHLY, null, Stage.IN_CAMP, null, null, null,
                "P", day, null), "months");
        assertField(() -> new EntitlementTerms("X", Per.PERSON, BigDecimal.ONE, null, Period.WEEKLY, 3, Stage.IN_CAMP, null, null, null,
                "P", day, null), "months");
        assertField(() -> new EntitlementTerms("X", Per.PERSON, BigDecimal.ONE, null, Period.ONCE, null, Stage.IN_CAMP, null, null, "0-17",
                "P", day, null), "ageGroup");
        assertField(() -> new EntitlementTerms("X", Per.PERSON, BigDecimal.ONE, null, Period.ONCE, null, Stage.IN_CAMP, null, null, null,
                "P", day, day), "validTo");
        EntitlementTerms banded = new EntitlementTerms("X", Per.HOUSEHOLD, null, bands, Period.MONTHLY, 6, Stage.PRIVATE_ADDRESS, null, "SC",
                "0-4", "P", day, null);
        assertThat(banded.quantityFor(7)).isEqualByComparingTo("1");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo(field));
    }

    private static EntitlementTerms perPerson(String need, String age) {
        return new EntitlementTerms("CASH-ONE-OFF", Per.PERSON, BigDecimal.valueOf(100_000), null, Period.ONCE, null, Stage.ANY_REGISTERED,
                null, need, age, "MLSA", LocalDate.of(2026, 1, 1), null);
    }

    @Test
    void aRulePerPersonAskingNothingOfThePerson_givesAHouseholdWithoutRegisteredMembers_itsQuantityForEachDeclaredPerson() {
        EntitlementTerms cash = perPerson(null, null);
        assertThat(cash.forDeclaredSize()).isTrue();
        assertThat(cash.quantityOfLine(4, false)).as("the household line of a family of four declared").isEqualByComparingTo("400000");
        assertThat(cash.quantityOfLine(4, true)).as("a registered person's line").isEqualByComparingTo("100000");
        assertThat(cash.quantityOfLine(0, false)).as("a household counts at least one person").isEqualByComparingTo("100000");
    }

    @Test
    void aRulePerPersonWithAnAgeOrANeed_waitsForTheRegisteredMembers_andARulePerHouseholdGoesBySize() {
        assertThat(perPerson(null, "0-4").forDeclaredSize()).isFalse();
        assertThat(perPerson("DS", null).forDeclaredSize()).isFalse();
        EntitlementTerms parcels = parcels(2, LocalDate.of(2026, 1, 1), null);
        assertThat(parcels.forDeclaredSize()).isFalse();
        assertThat(parcels.quantityOfLine(5, false)).isEqualByComparingTo("2");
    }
}
