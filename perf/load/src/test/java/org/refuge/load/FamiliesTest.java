package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The families made up for the registrars: compositions that match the members, one script per family. */
class FamiliesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theDeclaredComposition_countsTheMembersTheDeskRegisters() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            Families.Family family = Families.next(random, TODAY);
            Map<String, Object> household = Families.preRegistration(family, TODAY);
            int declared = household.values().stream().filter(Integer.class::isInstance).mapToInt(v -> (Integer) v).sum();
            assertThat(declared).isEqualTo(family.members().size()).isBetween(1, 7);
            assertThat(family.members().get(0).relationship()).isEqualTo("HEAD");
            assertThat(family.headName()).matches("[\\p{L} ]+");
        }
    }

    @Test
    void namesAreOfOneScript_andChildrenCarryNoPassport() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Families.Family family = Families.next(random, TODAY);
            boolean latin = family.headName().matches("[A-Za-z ]+");
            boolean cyrillic = family.headName().matches("[\\p{IsCyrillic} ]+");
            assertThat(latin || cyrillic).as(family.headName()).isTrue();
            family.members().stream().filter(m -> m.relationship().equals("CHILD"))
                    .forEach(child -> assertThat(Families.identity(child)).doesNotContainKey("documents"));
        }
    }
}
