package org.refuge.perf;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic household as it arrives at a border crossing point: its members (head first), the composition counted
 * from their ages, the head's name as the registrar types it, the vehicle or group it came with and the specific
 * needs one sees at a glance.
 */
public record SyntheticHousehold(long ordinal, List<SyntheticPerson> members, String vehicleOrGroup, List<String> visibleNeeds,
                                 LocalDate referenceDate) {

    public SyntheticHousehold {
        members = List.copyOf(members);
        visibleNeeds = List.copyOf(visibleNeeds);
        if (members.isEmpty() || !"HEAD".equals(members.get(0).relationship())
                || members.stream().filter(m -> "HEAD".equals(m.relationship())).count() != 1) {
            throw new IllegalArgumentException("A household has exactly one head, first");
        }
    }

    public SyntheticPerson head() {
        return members.get(0);
    }

    /** "given family" in the script the head's name is typed in. */
    public String headName() {
        return head().givenName() + " " + head().familyName();
    }

    /** The head's document spelling, or null to let the application transliterate. */
    public String headNameLatin() {
        SyntheticPerson head = head();
        return head.givenNameLatin() == null ? null : head.givenNameLatin() + " " + head.familyNameLatin();
    }

    public int size() {
        return members.size();
    }

    /** Members by sex ("F", "M") and age group (0 child, 1 adult, 2 older person) on the reference date. */
    public int count(String sex, int ageGroup) {
        return (int) members.stream().filter(m -> m.sex().equals(sex) && m.ageGroup(referenceDate) == ageGroup).count();
    }
}
