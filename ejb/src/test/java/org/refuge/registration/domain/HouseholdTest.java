package org.refuge.registration.domain;

import org.refuge.shared.SiteCode;
import org.refuge.shared.RegistryNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final RegistryNumber NUMBER = RegistryNumber.of(new SiteCode("BCP-MARGARA"), LocalDate.of(2026, 11, 23), 1);

    private static Household familyOfFour(String head, String latin, Instant arrived) {
        return Household.preRegister(NUMBER, new SiteCode("BCP-MARGARA"), arrived, NOW, "registrar", head, latin,
                new Composition(1, 1, 1, 1, 0, 0), " bus 12 ", List.of("DS", "SC"), "key-1");
    }

    @Test
    void preRegister_proposesTheLatinSpellingWhenNoneIsTyped() {
        Household household = familyOfFour("Անահիտ Պետրոսյան", null, NOW);
        assertThat(household.headNameLatin()).isEqualTo("Anahit Petrosyan");
        assertThat(household.status()).isEqualTo(HouseholdStatus.PRE_REGISTERED);
        assertThat(household.composition().size()).isEqualTo(4);
        assertThat(household.vehicleOrGroup()).isEqualTo("bus 12");
        assertThat(household.visibleNeeds()).containsExactlyInAnyOrder("DS", "SC");
    }

    @Test
    void preRegister_keepsTheLatinSpellingTheRegistrarCorrected() {
        assertThat(familyOfFour("Анаит Петросян", "Anahit Petrosyan", NOW).headNameLatin()).isEqualTo("Anahit Petrosyan");
    }

    @Test
    void preRegister_refusesAnArrivalInTheFutureAndABlankHead() {
        assertThatThrownBy(() -> familyOfFour("A B", null, NOW.plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> familyOfFour("  ", null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void composition_holdsOneToFiftyPersons() {
        assertThatThrownBy(() -> new Composition(0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Composition(0, 0, 51, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Composition(-1, 0, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        Composition c = new Composition(2, 1, 1, 1, 1, 0);
        assertThat(c.size()).isEqualTo(6);
        assertThat(c.females()).isEqualTo(4);
        assertThat(c.children()).isEqualTo(3);
    }

    @Test
    void voidRecord_needsAReason_andHappensOnce() {
        Household household = familyOfFour("A B", null, NOW);
        assertThatThrownBy(() -> household.voidRecord(" ")).isInstanceOf(IllegalArgumentException.class);
        household.voidRecord("registered twice by mistake");
        assertThat(household.status()).isEqualTo(HouseholdStatus.VOIDED);
        assertThatThrownBy(() -> household.voidRecord("again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void searchKey_bringsEveryScriptToLowerCaseLatin() {
        assertThat(Household.searchKey("Анаит Петросян")).isEqualTo("anait petrosyan");
        assertThat(Household.searchKey("Անահիտ Պետրոսյան")).isEqualTo("anahit petrosyan");
        assertThat(familyOfFour("Анаит Петросян", "Anahit Petrosyan", NOW).headNameLatin()).isEqualTo("Anahit Petrosyan");
    }
}
