package org.refuge.registration.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.refuge.registration.application.DeskDefaults;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.domain.Relationship;

/**
 * The form of a household's next member, filled in with what the family shares, so that the registrar types only what
 * differs from one member to the next (given name, sex, date of birth):
 * <ul>
 *     <li>the first member is the head: given and family name from the head's name typed at pre-registration (the last
 *     word is the family name), and the citizenships, statelessness and languages the desk proposes
 *     ({@link DeskDefaults}: those of the person registered last at the household's BCP);</li>
 *     <li>every later member: the head's family name in both scripts, and the citizenships, statelessness and
 *     languages of the member registered just before;</li>
 *     <li>the relationship to the head is {@linkplain #relationship guessed}, and follows the date of birth until the
 *     registrar chooses one.</li>
 * </ul>
 */
final class NextMember {

    /** Born this many years or more before the head: a parent (after: a child). */
    static final int GENERATION = 14;

    /** Born this many years or more before the head: a grandparent (after: a grandchild). */
    static final int TWO_GENERATIONS = 45;

    private NextMember() {
    }

    /**
     * The next member's form.
     *
     * @param members  the members registered so far, head first
     * @param previous the form of the member saved just before on this page, or null
     * @param desk     what the desk proposes for a first member
     */
    static MemberForm after(HouseholdView household, List<PersonView> members, MemberForm previous, DeskDefaults.Usual desk) {
        MemberForm next = new MemberForm();
        next.getDocuments().add(new MemberForm.DocumentForm());
        PersonView head = head(members);
        if (head == null) {
            String name = household.headName().strip();
            int space = name.lastIndexOf(' ');
            next.setGivenName(space > 0 ? name.substring(0, space) : name);
            next.setFamilyName(space > 0 ? name.substring(space + 1) : null);
        } else {
            next.setFamilyName(head.familyName());
            next.setFamilyNameLatin(head.familyNameLatin());
        }
        if (previous != null) {
            next.setCitizenships(new ArrayList<>(previous.getCitizenships()));
            next.setStateless(previous.isStateless());
            next.setLanguages(new ArrayList<>(previous.getLanguages()));
        } else if (!members.isEmpty()) {
            PersonView before = members.get(members.size() - 1);
            next.setCitizenships(new ArrayList<>(before.citizenships()));
            next.setStateless(before.stateless());
            next.setLanguages(new ArrayList<>(before.languages()));
        } else {
            next.setCitizenships(new ArrayList<>(desk.citizenships()));
            next.setStateless(desk.stateless());
            next.setLanguages(new ArrayList<>(desk.languages()));
        }
        next.setRelationship(relationship(members, null));
        return next;
    }

    /**
     * The relationship a member most likely has to the head, as families are usually registered (head, spouse,
     * children, then the older generation):
     * <ul>
     *     <li>no head yet: the head;</li>
     *     <li>no date of birth yet (or none for the head): the spouse while the head has none, otherwise a child;</li>
     *     <li>born {@value #GENERATION} years or more before the head: a parent, {@value #TWO_GENERATIONS} or more: a
     *     grandparent; as many years after the head: a child, or a grandchild;</li>
     *     <li>close in age to the head: the spouse while the head has none, otherwise a sibling.</li>
     * </ul>
     * A guess only: the field shows it and the registrar changes it when it is wrong.
     */
    static Relationship relationship(List<PersonView> members, LocalDate birthDate) {
        PersonView head = head(members);
        if (head == null) {
            return Relationship.HEAD;
        }
        boolean spouse = members.stream().anyMatch(m -> Relationship.SPOUSE.name().equals(m.relationship()));
        if (birthDate == null || head.birthDate() == null) {
            return spouse ? Relationship.CHILD : Relationship.SPOUSE;
        }
        long older = ChronoUnit.YEARS.between(birthDate, head.birthDate());
        if (older >= TWO_GENERATIONS) {
            return Relationship.GRANDPARENT;
        }
        if (older >= GENERATION) {
            return Relationship.PARENT;
        }
        if (older <= -TWO_GENERATIONS) {
            return Relationship.GRANDCHILD;
        }
        if (older <= -GENERATION) {
            return Relationship.CHILD;
        }
        return spouse ? Relationship.SIBLING : Relationship.SPOUSE;
    }

    private static PersonView head(List<PersonView> members) {
        return members.stream().filter(m -> Relationship.HEAD.name().equals(m.relationship())).findFirst().orElse(null);
    }
}
