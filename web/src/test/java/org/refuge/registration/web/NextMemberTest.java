package org.refuge.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.registration.application.DeskDefaults;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.domain.Relationship;

/** The next member's form carries over what the family shares and guesses the relationship to the head. */
class NextMemberTest {

    private static final HouseholdView HOUSEHOLD = new HouseholdView(UUID.randomUUID(), "BCP-MARGARA-20261206-00001",
            "BCP-MARGARA", "PRE_REGISTERED", Instant.now(), Instant.now(), "registrar", "Анаит Мари Петросян", "Anait Mari Petrosyan",
            5, 1, 1, 1, 1, 1, 0, null, Set.of(), null, false);

    private static final DeskDefaults.Usual DESK = new DeskDefaults.Usual(List.of("SYR"), false, List.of("ar"));

    private static PersonView member(String relationship, String given, LocalDate birth, Set<String> citizenships,
                                     boolean stateless, Set<String> languages) {
        return new PersonView(UUID.randomUUID(), HOUSEHOLD.registryNumber(), "REGISTERED", relationship, given, "Петросян", null,
                given, "Petrosyan", null, "F", birth, "EXACT", null, citizenships, stateless, null, languages, null,
                List.of(), Set.of(), true, Instant.now(), "registrar");
    }

    private static PersonView head(LocalDate birth) {
        return member("HEAD", "Анаит", birth, Set.of("IRQ"), false, Set.of("ku"));
    }

    @Test
    void theFirstMember_isTheHead_namedAsAtPreRegistration_withWhatTheDeskProposes() {
        MemberForm form = NextMember.after(HOUSEHOLD, List.of(), null, DESK);

        assertThat(form.getRelationship()).isEqualTo(Relationship.HEAD);
        assertThat(form.getGivenName()).isEqualTo("Анаит Мари");
        assertThat(form.getFamilyName()).isEqualTo("Петросян");
        assertThat(form.getCitizenships()).containsExactly("SYR");
        assertThat(form.getLanguages()).containsExactly("ar");
        assertThat(form.getDocuments()).hasSize(1);
    }

    @Test
    void aLaterMember_takesTheHeadsFamilyName_andWhatTheMemberBeforeHad_notTheDesksProposal() {
        MemberForm previous = new MemberForm();
        previous.setCitizenships(new ArrayList<>(List.of("ARM", "SYR")));
        previous.setStateless(true);
        previous.setLanguages(new ArrayList<>(List.of("hy")));

        MemberForm form = NextMember.after(HOUSEHOLD, List.of(head(LocalDate.of(1980, 1, 1))), previous, DESK);

        assertThat(form.getGivenName()).isNull();
        assertThat(form.getFamilyName()).isEqualTo("Петросян");
        assertThat(form.getFamilyNameLatin()).isEqualTo("Petrosyan");
        assertThat(form.getCitizenships()).containsExactly("ARM", "SYR");
        assertThat(form.isStateless()).isTrue();
        assertThat(form.getLanguages()).containsExactly("hy");
        assertThat(form.getSex()).as("differs from member to member: typed").isNull();
        assertThat(form.getBirthDate()).as("differs from member to member: typed").isNull();
    }

    @Test
    void afterAPageReload_theMemberRegisteredLastIsCarriedOver() {
        MemberForm form = NextMember.after(HOUSEHOLD, List.of(head(LocalDate.of(1980, 1, 1))), null, DESK);

        assertThat(form.getCitizenships()).containsExactly("IRQ");
        assertThat(form.getLanguages()).containsExactly("ku");
    }

    @Test
    void theRelationship_isProposedAsFamiliesAreUsuallyRegistered() {
        LocalDate headBorn = LocalDate.of(1980, 6, 1);
        List<PersonView> onlyHead = List.of(head(headBorn));
        List<PersonView> withSpouse = List.of(head(headBorn), member("SPOUSE", "Мари", LocalDate.of(1982, 1, 1), Set.of(), false, Set.of()));

        assertThat(NextMember.relationship(List.of(), LocalDate.of(1990, 1, 1))).isEqualTo(Relationship.HEAD);
        assertThat(NextMember.relationship(onlyHead, null)).isEqualTo(Relationship.SPOUSE);
        assertThat(NextMember.relationship(withSpouse, null)).isEqualTo(Relationship.CHILD);
        assertThat(NextMember.relationship(onlyHead, LocalDate.of(1983, 3, 3))).isEqualTo(Relationship.SPOUSE);
        assertThat(NextMember.relationship(withSpouse, LocalDate.of(1983, 3, 3))).isEqualTo(Relationship.SIBLING);
        assertThat(NextMember.relationship(onlyHead, LocalDate.of(2008, 1, 1))).as("a child born when the head was 27")
                .isEqualTo(Relationship.CHILD);
        assertThat(NextMember.relationship(onlyHead, LocalDate.of(2026, 1, 1))).isEqualTo(Relationship.GRANDCHILD);
        assertThat(NextMember.relationship(onlyHead, LocalDate.of(1951, 1, 1))).as("a mother 29 years older")
                .isEqualTo(Relationship.PARENT);
        assertThat(NextMember.relationship(onlyHead, LocalDate.of(1930, 1, 1))).isEqualTo(Relationship.GRANDPARENT);
    }
}
