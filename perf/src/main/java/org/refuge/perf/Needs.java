package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The specific needs of a synthetic household's members, from the household's make-up (an older person alone, an
 * unaccompanied minor, a single parent, an infant) and by chance (disabilities, chronic illness), and the needs a
 * registrar sees at a glance.
 */
final class Needs {

    /** SV, TR and SM are confidential: the desk never records them (they stay on the persons, for the roles that read them). */
    private static final Set<String> CONFIDENTIAL = Set.of("SV", "TR", "SM");

    private Needs() {
    }

    /** The members again, each with its needs. */
    static List<SyntheticPerson> withNeeds(List<SyntheticPerson> members, SplittableRandom r, LocalDate today) {
        List<SyntheticPerson> result = new ArrayList<>(members.size());
        SyntheticPerson head = members.get(0);
        boolean otherAdults = members.stream().skip(1).anyMatch(p -> p.age(today) >= 18);
        boolean children = members.stream().anyMatch(p -> p.age(today) < 18 && p != head);
        boolean infant = members.stream().anyMatch(p -> p.age(today) < 1);
        for (SyntheticPerson p : members) {
            TreeSet<String> needs = new TreeSet<>();
            int age = p.age(today);
            boolean isHead = p == head;
            if (isHead && members.size() == 1 && age >= 60) needs.add("ER-NF");
            if (isHead && age < 18) {
                needs.add("SC-UC");
                if (members.size() > 1) needs.add("SC-CH");
            }
            if (!isHead && head.age(today) < 18) needs.add("SC-UC");
            if (isHead && children && !otherAdults && age >= 18) {
                needs.add(p.relationship().equals("HEAD") && members.stream().anyMatch(m -> m.relationship().equals("GRANDCHILD")) ? "SP-GP" : "SP-PT");
                if (age >= 60) needs.add("ER-MC");
                if ("MARRIED".equals(p.maritalStatus()) && r.nextDouble() < 0.2) needs.add("FU-TR");
            }
            if (isHead && members.size() == 1 && p.female() && age < 60 && r.nextDouble() < 0.15) needs.add("WR-SF");
            if (p.female() && infant && age >= 18 && age <= 45 && (isHead || p.relationship().equals("SPOUSE")) && r.nextDouble() < 0.6) needs.add("WR-LC");
            double frailty = age >= 60 ? 3 : 1;
            if (r.nextDouble() < 0.02 * frailty) needs.add("DS-PM");
            if (r.nextDouble() < 0.007 * frailty) needs.add("DS-BD");
            if (r.nextDouble() < 0.005 * frailty) needs.add("DS-DF");
            if (r.nextDouble() < 0.005) needs.add("DS-MM");
            if (r.nextDouble() < (age >= 60 ? 0.15 : age >= 18 ? 0.04 : 0.01)) needs.add("SM-CI");
            if (p.female() && age >= 18 && age <= 40 && r.nextDouble() < 0.02) needs.add("SM-DP");
            if (age >= 16 && p.documents().isEmpty()) needs.add("LP-ND");
            result.add(new SyntheticPerson(p.ordinal(), p.duplicateOf(), p.relationship(), p.origin(), p.given(), p.family(),
                    p.father(), p.typing(), p.spelling(), p.passportSpelling(), p.sex(), p.birthDate(), p.birthPrecision(),
                    p.birthPlace(), p.citizenships(), p.stateless(), p.maritalStatus(), p.languages(), p.phone(),
                    p.documents(), new ArrayList<>(needs)));
        }
        return result;
    }

    /** The need categories a registrar sees, confidential ones left out. */
    static List<String> visible(List<SyntheticPerson> members) {
        TreeSet<String> categories = new TreeSet<>();
        members.forEach(m -> m.needs().stream().map(n -> n.substring(0, 2)).filter(c -> !CONFIDENTIAL.contains(c)).forEach(categories::add));
        return new ArrayList<>(categories);
    }
}
