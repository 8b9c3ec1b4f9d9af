package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the members of one synthetic household: its kind (a single adult, a mother with children, an extended
 * family...), ages, relationships and names. Names are drawn from the origin's {@link NameTable}, with the customs that
 * make different persons look alike: twins (born the same day, other given names), sons named after their fathers
 * (the same name, another birth date), and the Arab custom of a family name that is the father's given name
 * ({@link Origin#fatherNameSurnames}), under which a first son often carries his grandfather's name (his father's
 * name swapped). Families are registered together, Russian patronymics and the wife's surname rules kept.
 */
final class HouseholdMaker {

    static final int MAX_SIZE = 9;
    /** Chance that a child is followed by a twin: about 1.5 % of children then share a sibling's birth date. */
    static final double TWINS = 0.0075;
    /** Chance that a son whose father is known carries his father's given name. */
    static final double NAMED_AFTER_FATHER = 0.03;
    /** Chance that the first son of a household of the Arab custom carries his paternal grandfather's name. */
    static final double NAMED_AFTER_GRANDFATHER = 0.2;

    private enum Kind {
        SINGLE_MAN(3), SINGLE_WOMAN(3), SINGLE_OLDER(6), MOTHER_WITH_CHILDREN(21), COUPLE_WITH_CHILDREN(27), COUPLE(6),
        OLDER_COUPLE(7), EXTENDED(17), GRANDPARENT_WITH_GRANDCHILDREN(3), MOTHER_WITH_ADULT_CHILDREN(5), MINORS(1),
        SIBLINGS(2);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** What the members of one household share; {@code fatherNames}: family names are fathers' given names. */
    record Family(Origin origin, String country, boolean stateless, Typing typing, int spelling, boolean fatherNames) {
    }

    private final Dice dice;
    private final LocalDate today;
    private long persons;

    HouseholdMaker(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** The members of a household of a kind drawn by its weight, head first, at most {@value #MAX_SIZE}. */
    List<SyntheticPerson> members(Family f) {
        List<SyntheticPerson> m = members(dice.pick(Kind.values(), k -> k.weight), f);
        return m.size() > MAX_SIZE ? new ArrayList<>(m.subList(0, MAX_SIZE)) : m;
    }

    private List<SyntheticPerson> members(Kind kind, Family f) {
        List<SyntheticPerson> m = new ArrayList<>();
        switch (kind) {
            case SINGLE_MAN -> m.add(person(f, "HEAD", "M", between(18, 59), familyName(f), null, single()));
            case SINGLE_WOMAN -> m.add(person(f, "HEAD", "F", between(18, 59), familyName(f), null, single()));
            case SINGLE_OLDER -> {
                String sex = chance(0.65) ? "F" : "M";
                m.add(person(f, "HEAD", sex, between(60, 92), familyName(f), null, chance(0.8) ? "WIDOWED" : "SINGLE"));
            }
            case MOTHER_WITH_CHILDREN -> motherWithChildren(m, f);
            case COUPLE_WITH_CHILDREN, EXTENDED -> coupleWithChildren(m, f, kind == Kind.EXTENDED);
            case COUPLE, OLDER_COUPLE -> couple(m, f, kind == Kind.OLDER_COUPLE);
            case GRANDPARENT_WITH_GRANDCHILDREN -> grandparentWithGrandchildren(m, f);
            case MOTHER_WITH_ADULT_CHILDREN -> {
                int age = between(45, 72);
                Name father = maleGiven(f);
                Name family = familyName(f);
                m.add(person(f, "HEAD", "F", age, family, null, chance(0.6) ? "WIDOWED" : "MARRIED"));
                int n = between(1, 3);
                for (int i = 0; i < n; i++) {
                    m.add(person(f, "CHILD", chance(0.65) ? "F" : "M", between(18, Math.min(35, age - 18)), lineage(f, family, father),
                            father, chance(0.85) ? "SINGLE" : "MARRIED"));
                }
            }
            case MINORS, SIBLINGS -> siblings(m, f, kind == Kind.MINORS);
        }
        return m;
    }

    private void motherWithChildren(List<SyntheticPerson> m, Family f) {
        // the husband stayed behind, is missing or dead: the children carry his family name (or, by the Arab custom, his given name)
        Name husband = maleGiven(f);
        Name family = familyName(f);
        int age = between(22, 48);
        String marital = pick(new String[] {"MARRIED", "WIDOWED", "DIVORCED", "SEPARATED"}, new int[] {50, 25, 15, 10});
        m.add(person(f, "HEAD", "F", age, wifesName(f, family), null, marital));
        children(m, f, age, countOfChildren(), lineage(f, family, husband), husband, null);
        if (chance(0.25)) {
            m.add(person(f, "PARENT", "F", Math.min(95, age + between(20, 32)), familyName(f), null, "WIDOWED"));
        } else if (chance(0.05)) {
            m.add(person(f, "PARENT", "M", Math.min(95, age + between(22, 35)), familyName(f), null, "WIDOWED"));
        }
    }

    private void coupleWithChildren(List<SyntheticPerson> m, Family f, boolean extended) {
        int husbandAge = extended ? between(26, 52) : between(24, 58);
        int wifeAge = Math.max(19, husbandAge - between(0, 7));
        Name grandfather = maleGiven(f);
        Name family = f.fatherNames() ? grandfather : familyName(f);
        SyntheticPerson head = person(f, "HEAD", "M", husbandAge, family, grandfather, "MARRIED");
        m.add(head);
        m.add(person(f, "SPOUSE", "F", wifeAge, wifesName(f, family), null, "MARRIED"));
        children(m, f, wifeAge, extended ? between(2, 4) : countOfChildren(), lineage(f, family, head.given()), head.given(), grandfather);
        int grandparents = extended ? between(1, 2) : chance(0.3) ? (chance(0.3) ? 2 : 1) : 0;
        if (grandparents == 2 || (grandparents == 1 && chance(0.3))) {
            // by the Arab custom the grandfather's family name is his own father's given name
            Name his = f.fatherNames() ? maleGiven(f) : family;
            m.add(person(f, "PARENT", "M", grandfather, Math.min(95, husbandAge + between(22, 35)), his, null, "MARRIED"));
        }
        if (grandparents >= 1 && m.size() < MAX_SIZE) {
            m.add(person(f, "PARENT", "F", Math.min(95, husbandAge + between(20, 32)), wifesName(f, family), null,
                    grandparents == 2 ? "MARRIED" : "WIDOWED"));
        }
        if (extended && chance(0.4) && m.size() < MAX_SIZE) {
            m.add(person(f, "SIBLING", chance(0.6) ? "F" : "M", Math.max(18, husbandAge + between(-8, 8)), family, grandfather, single()));
        }
    }

    private void couple(List<SyntheticPerson> m, Family f, boolean older) {
        int husbandAge = older ? between(60, 88) : chance(0.6) ? between(19, 35) : between(45, 59);
        Name family = familyName(f);
        m.add(person(f, "HEAD", "M", husbandAge, family, null, "MARRIED"));
        int wifeAge = older ? Math.max(56, husbandAge - between(0, 6)) : Math.max(18, husbandAge - between(0, 6));
        m.add(person(f, "SPOUSE", "F", wifeAge, wifesName(f, family), null, "MARRIED"));
    }

    private void grandparentWithGrandchildren(List<SyntheticPerson> m, Family f) {
        String sex = chance(0.8) ? "F" : "M";
        int age = between(55, 80);
        Name family = familyName(f);
        m.add(person(f, "HEAD", sex, age, family, null, chance(0.6) ? "WIDOWED" : "MARRIED"));
        Name childFamily = sex.equals("M") || f.origin().wifeTakesName ? family : familyName(f);
        int n = between(1, 3);
        for (int i = 0; i < n; i++) {
            // cousins as often as siblings: each grandchild's father is one of the head's sons
            Name father = maleGiven(f);
            m.add(person(f, "GRANDCHILD", chance(0.5) ? "F" : "M", between(2, 16), lineage(f, childFamily, father), father, null));
        }
    }

    private void siblings(List<SyntheticPerson> m, Family f, boolean minors) {
        Name father = maleGiven(f);
        Name family = lineage(f, familyName(f), father);
        int n = minors ? (chance(0.6) ? 1 : 2) : between(2, 3);
        int age = minors ? between(14, 17) : 0;
        for (int i = 0; i < n; i++) {
            String relationship = i == 0 ? "HEAD" : "SIBLING";
            String sex = chance(minors ? (i == 0 ? 0.4 : 0.5) : 0.65) ? "F" : "M";
            m.add(minors ? person(f, relationship, sex, i == 0 ? age : between(8, age), family, father, i == 0 ? "SINGLE" : null)
                    : person(f, relationship, sex, between(18, 40), family, father, single()));
        }
    }

    /**
     * Up to {@code count} children of a mother of {@code motherAge}, born 1 to 3.5 years apart, all under 18; now and
     * then a twin. A son may carry his father's name, or (the Arab custom) the first son his grandfather's.
     */
    private void children(List<SyntheticPerson> m, Family f, int motherAge, int count, Name family, Name father, Name grandfather) {
        int hi = Math.min(17 * 12 + 11, (motherAge - 18) * 12);
        int lo = Math.min(hi, Math.max((count - 1) * 20, (motherAge - 43) * 12));
        if (hi < 0) {
            return;
        }
        int months = between(Math.max(0, lo), hi);
        boolean firstSon = true;
        for (int i = 0; i < count && months >= 0 && m.size() < MAX_SIZE; i++) {
            String sex = chance(0.5) ? "F" : "M";
            Name given = "F".equals(sex) ? femaleGiven(f) : sonsName(f, father, firstSon ? grandfather : null);
            firstSon &= "F".equals(sex);
            SyntheticPerson child = person(f, "CHILD", sex, given, months / 12, family, father, months >= 16 * 12 ? "SINGLE" : null)
                    .withBirthDate(today.minusMonths(months).minusDays(dice.random().nextInt(28)));
            m.add(child);
            if (m.size() < MAX_SIZE && chance(TWINS)) {
                m.add(twin(f, child, family, father));
            }
            months -= between(12, 42);
        }
    }

    private Name sonsName(Family f, Name father, Name grandfather) {
        if (father != null && !f.fatherNames() && chance(NAMED_AFTER_FATHER)) {
            return father;
        }
        if (grandfather != null && f.fatherNames() && chance(NAMED_AFTER_GRANDFATHER)) {
            return grandfather;
        }
        return maleGiven(f);
    }

    /** Born the same day as {@code sibling}, with another given name. */
    private SyntheticPerson twin(Family f, SyntheticPerson sibling, Name family, Name father) {
        String sex = chance(0.5) ? "F" : "M";
        NameList names = "F".equals(sex) ? f.origin().names().female() : f.origin().names().male();
        Name given = names.drawOtherThan(sibling.given(), dice.random());
        return person(f, "CHILD", sex, given, sibling.age(today), family, father, sibling.maritalStatus())
                .withBirthDate(sibling.birthDate());
    }

    /** The family name children of {@code father} carry: the family's, or by the Arab custom the father's given name. */
    private static Name lineage(Family f, Name family, Name father) {
        return f.fatherNames() ? father : family;
    }

    private Name wifesName(Family f, Name husbands) {
        return f.origin().wifeTakesName ? husbands : familyName(f);
    }

    private int countOfChildren() {
        return pick(new Integer[] {1, 2, 3, 4, 5}, new int[] {20, 34, 26, 13, 7});
    }

    private String single() {
        return pick(new String[] {"SINGLE", "DIVORCED", "SEPARATED", "WIDOWED"}, new int[] {70, 15, 5, 10});
    }

    // ---------------------------------------------------------------- persons

    SyntheticPerson person(Family f, String relationship, String sex, int age, Name family, Name father, String marital) {
        return person(f, relationship, sex, "F".equals(sex) ? femaleGiven(f) : maleGiven(f), age, family, father, marital);
    }

    private SyntheticPerson person(Family f, String relationship, String sex, Name given, int age, Name family, Name father,
                                   String marital) {
        if (f.origin().patronymics && father == null) {
            father = maleGiven(f);
        }
        if (!f.origin().patronymics) {
            father = null;
        }
        // born on a day of the year before today's age is reached
        LocalDate birth = today.minusYears(age).minusDays(dice.random().nextInt(365));
        String precision = "EXACT";
        if (age >= 60 && chance(0.30)) {
            precision = chance(0.65) ? "YEAR" : "ESTIMATED";
        } else if (age >= 18 && chance(0.02)) {
            precision = "YEAR";
        }
        if (precision.equals("YEAR")) {
            birth = birth.withDayOfYear(1);
        } else if (precision.equals("ESTIMATED")) {
            // "about 1950": the nearest fifth year, not after the birth year so that the age group stays
            birth = LocalDate.of(birth.getYear() - Math.floorMod(birth.getYear(), 5), 1, 1);
        }
        List<String> citizenships = new ArrayList<>();
        if (!f.stateless()) {
            citizenships.add(f.country());
            if (f.origin() == Origin.ARMENIAN && age >= 18 && chance(0.08)) {
                citizenships.add("RUS");
            }
        }
        boolean head = relationship.equals("HEAD");
        String phone = age >= 18 && chance(head ? 0.8 : 0.45) ? Particulars.phone(f.country(), dice.random()) : null;
        return new SyntheticPerson(persons++, null, relationship, f.origin(), given, family, father, f.typing(), f.spelling(),
                f.typing() != Typing.LATIN && chance(0.4), sex, birth, precision, dice.pickOne(f.origin().birthPlaces),
                citizenships, f.stateless(), marital, Particulars.languages(f.origin(), f.country(), age, dice.random()), phone,
                Particulars.documents(f.stateless(), f.country(), age, dice.random(), today), List.of());
    }

    // ---------------------------------------------------------------- names

    /** The family name of someone whose father the household does not show: by the Arab custom, a man's given name. */
    private Name familyName(Family f) {
        return f.fatherNames() ? maleGiven(f) : f.origin().names().family().draw(dice.random());
    }

    private Name maleGiven(Family f) {
        return f.origin().names().male().draw(dice.random());
    }

    private Name femaleGiven(Family f) {
        return f.origin().names().female().draw(dice.random());
    }

    private boolean chance(double p) {
        return dice.chance(p);
    }

    private int between(int from, int to) {
        return dice.between(from, to);
    }

    private <T> T pick(T[] values, int[] weights) {
        return dice.pick(values, weights);
    }
}
