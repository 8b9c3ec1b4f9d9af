package org.refuge.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Person.Particulars particulars(LocalDate birth, BirthPrecision precision, Set<String> citizenships, boolean stateless) {
        return new Person.Particulars(Relationship.HEAD, Sex.F, birth, precision, null, citizenships, stateless, null, Set.of("hy"),
                null, List.of(new IdentityDocument("PASSPORT", " am 123-4567 ", "ARM", null)), Set.of());
    }

    private static Person register(Person.Names names, Person.Particulars particulars) {
        return Person.register(UUID.randomUUID(), names, particulars, TODAY, Instant.now(), "registrar", null);
    }

    @Test
    void latinSpellings_areProposedByIcu_unlessTyped() {
        Person person = register(new Person.Names("Анна", "Петрова", "Ивановна", null, "Petrova-Smith", null),
                particulars(LocalDate.of(1990, 2, 3), BirthPrecision.EXACT, Set.of("RUS"), false));
        assertThat(person.givenNameLatin()).isEqualTo("Anna");
        assertThat(person.familyNameLatin()).isEqualTo("Petrova-Smith");
        assertThat(person.patronymicLatin()).isEqualTo("Ivanovna");
        assertThat(person.nameKey()).isEqualTo("ana petrova");
        assertThat(person.documents().get(0).numberKey()).isEqualTo("AM1234567");
        assertThat(person.documents().get(0).number()).isEqualTo("am 123-4567");
    }

    @Test
    void aBirthDateKeepsOnlyWhatIsKnown() {
        Person month = register(new Person.Names("A", "B", null, null, null, null),
                particulars(LocalDate.of(1990, 2, 17), BirthPrecision.MONTH, Set.of(), false));
        Person year = register(new Person.Names("A", "B", null, null, null, null),
                particulars(LocalDate.of(1990, 8, 17), BirthPrecision.YEAR, Set.of(), false));
        assertThat(month.birthDate()).isEqualTo(LocalDate.of(1990, 2, 1));
        assertThat(year.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void aFutureBirthDate_aMissingName_andStatelessWithACitizenship_areRefused() {
        Person.Names names = new Person.Names("A", "B", null, null, null, null);
        assertThatThrownBy(() -> register(names, particulars(TODAY.plusDays(1), BirthPrecision.EXACT, Set.of(), false)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> register(new Person.Names(" ", "B", null, null, null, null),
                particulars(TODAY, BirthPrecision.EXACT, Set.of(), false))).hasMessageContaining("name");
        assertThatThrownBy(() -> register(names, particulars(TODAY, BirthPrecision.EXACT, Set.of("ARM"), true)))
                .hasMessageContaining("stateless");
    }

    @Test
    void aMergedOrVoidedRecord_cannotChangeAgain() {
        Person.Names names = new Person.Names("A", "B", null, null, null, null);
        Person earlier = register(names, particulars(TODAY, BirthPrecision.EXACT, Set.of(), false));
        Person later = register(names, particulars(TODAY, BirthPrecision.EXACT, Set.of(), false));
        later.mergeInto(earlier);
        assertThat(later.status()).isEqualTo(PersonStatus.MERGED);
        assertThat(later.mergedInto()).isEqualTo(earlier.id());
        assertThatThrownBy(() -> later.attachPhoto(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> earlier.mergeInto(earlier)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> earlier.voidRecord(" ")).isInstanceOf(IllegalArgumentException.class);
        earlier.voidRecord("registered in error");
        assertThat(earlier.voidReason()).isEqualTo("registered in error");
    }

    @Test
    void aDuplicateMatch_isDecidedOnce() {
        DuplicateMatch match = DuplicateMatch.raise(UUID.randomUUID(), UUID.randomUUID(), Set.of(DuplicateMatch.Reason.NAME,
                DuplicateMatch.Reason.DOCUMENT), 0.8f, 25.3, "ASK", Instant.now(), "registrar");
        assertThat(match.reasons()).isEqualTo("NAME,DOCUMENT");
        match.decide(MatchStatus.DIFFERENT, Instant.now(), "caseworker");
        assertThatThrownBy(() -> match.decide(MatchStatus.SAME, Instant.now(), "caseworker")).isInstanceOf(IllegalStateException.class);
        UUID same = UUID.randomUUID();
        assertThatThrownBy(() -> DuplicateMatch.raise(same, same, Set.of(DuplicateMatch.Reason.NAME), 1f, 30, "ASK", Instant.now(), "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
