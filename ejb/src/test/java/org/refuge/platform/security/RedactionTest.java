package org.refuge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

class RedactionTest {

    record Stay(String camp, @Classified(value = Sensitivity.HEALTH_REASON, when = "HOSPITAL") String reason,
                @Classified(Sensitivity.CASE_NOTE) String note) {
    }

    record Person(String name, @Classified(Sensitivity.SENSITIVE_NEEDS) Set<String> needs,
                  @Classified(Sensitivity.MEDICAL_DETAIL) boolean pregnancy, List<Stay> stays) {
    }

    record File(Person head, Optional<Person> spouse) {
    }

    record Plain(String name, int size) {
    }

    private static final Set<String> SENSITIVE = Set.of("SV", "SV-VA", "SM-MI");

    private static Redaction as(String... roles) {
        return new Redaction(List.of(roles), () -> SENSITIVE);
    }

    private static Person person() {
        return new Person("Ani", Set.of("DS-PM", "SV-VA", "SM-MI"), true,
                List.of(new Stay("CAMP-1", "HOSPITAL", "taken to Yerevan"), new Stay("CAMP-2", "ONWARD_MOVEMENT", null)));
    }

    @Test
    void police_readAPersonWithoutSensitiveNeedsMedicalDetailHealthReasonsOrNotes() {
        Person seen = as("police").apply(person());
        assertThat(seen.name()).isEqualTo("Ani");
        assertThat(seen.needs()).containsExactly("DS-PM");
        assertThat(seen.pregnancy()).isFalse();
        assertThat(seen.stays()).extracting(Stay::reason).containsExactly(null, "ONWARD_MOVEMENT");
        assertThat(seen.stays()).extracting(Stay::note).containsOnlyNulls();
    }

    @Test
    void theRolesOfEachClass_readItWhole() {
        assertThat(as("caseworker").apply(person()).needs()).containsExactlyInAnyOrder("DS-PM", "SV-VA", "SM-MI");
        assertThat(as("medical").apply(person()).pregnancy()).isTrue();
        assertThat(as("camp-manager").apply(person()).stays()).extracting(Stay::reason).containsExactly("HOSPITAL", "ONWARD_MOVEMENT");
        assertThat(as("caseworker").apply(person()).stays()).extracting(Stay::note).containsExactly("taken to Yerevan", null);
    }

    @Test
    void nestedRecordsListsAndOptionals_areRedactedAtAnyDepth() {
        File file = as("registrar").apply(new File(person(), Optional.of(person())));
        assertThat(file.head().needs()).containsExactly("DS-PM");
        assertThat(file.spouse()).hasValueSatisfying(spouse -> assertThat(spouse.needs()).containsExactly("DS-PM"));
        assertThat(as("registrar").apply(List.of(person(), person()))).allSatisfy(p -> assertThat(p.pregnancy()).isFalse());
    }

    /** A paged list (issue 10, item 12) holds its rows in a type variable: they are redacted as in a list. */
    @Test
    void aPageOfReadModels_isRedactedLikeAList_alsoNestedInARecord() {
        Page<Person> page = Page.of(List.of(person(), person()), 7, PageRequest.firstRows(2));
        Page<Person> seen = as("police").apply(page);
        assertThat(seen.items()).hasSize(2).allSatisfy(p -> {
            assertThat(p.needs()).containsExactly("DS-PM");
            assertThat(p.pregnancy()).isFalse();
        });
        assertThat(seen.total()).isEqualTo(7);
        record Found(String query, Page<Person> persons) {
        }
        assertThat(as("police").apply(new Found("Ani", page)).persons().items()).allSatisfy(p -> assertThat(p.needs()).containsExactly("DS-PM"));
        assertThat(as("medical").apply(page).items()).allSatisfy(p -> assertThat(p.pregnancy()).isTrue());
        Page<Plain> plain = Page.of(List.of(new Plain("x", 3)), 1, PageRequest.firstRows(1));
        assertThat(as("police").apply(plain).items()).containsExactly(new Plain("x", 3));
    }

    @Test
    void valuesWithoutClassifiedFields_passUnchanged() {
        Plain plain = new Plain("x", 3);
        assertThat(as("police").apply(plain)).isSameAs(plain);
        List<Plain> list = List.of(plain);
        assertThat(as("police").apply(list)).isSameAs(list);
        assertThat(as("police").<Object>apply(null)).isNull();
        assertThat(as("police").apply("text")).isEqualTo("text");
    }

    @Test
    void everySensitivity_namesItsReaders_andTheAuditorReadsNone() {
        for (Sensitivity sensitivity : Sensitivity.values()) {
            assertThat(sensitivity.readers()).as(sensitivity.name()).isNotEmpty();
            assertThat(sensitivity.readableBy(List.of(Roles.AUDITOR))).as(sensitivity.name()).isFalse();
        }
        assertThat(Sensitivity.MEDICAL_DETAIL.readers()).containsExactly(Roles.MEDICAL);
    }
}
