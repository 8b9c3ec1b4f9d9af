package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A synthetic influx of displaced households, the same for the same seed and reference date. Households of 1 to 9
 * (mean about 4): single adults, many women with children whose husbands stayed behind, couples with children,
 * extended families with grandparents, older persons alone, a few unaccompanied minors; so more women, children and
 * older persons than men of fighting age. Names in Armenian, Cyrillic, Arabic or Persian script or in Latin, with the
 * transliteration variants registrars meet; birth dates mostly exact, by year or estimated for some older persons;
 * documents, citizenships (some stateless), languages, phones and specific needs.
 * <p>
 * About {@code duplicateShare} of the persons (2 % by default) are near-duplicates of a person generated earlier:
 * the same person again in another household, typed in another script or spelling, with the same birth date and
 * sometimes the same document number. {@link SyntheticPerson#duplicateOf()} tells which.
 * <p>
 * Ages are counted on the reference date; no birth date lies after it. Not thread-safe.
 */
public final class InfluxGenerator implements Iterator<SyntheticHousehold> {

    public static final double DEFAULT_DUPLICATE_SHARE = 0.02;
    /** Earlier persons kept per sex and age group as originals for near-duplicates (reservoir sampling). */
    private static final int POOL_SIZE = 20_000;
    private static final int MAX_SIZE = 9;

    private enum Kind {
        SINGLE_MAN(3), SINGLE_WOMAN(3), SINGLE_OLDER(6), MOTHER_WITH_CHILDREN(21), COUPLE_WITH_CHILDREN(27), COUPLE(6),
        OLDER_COUPLE(7), EXTENDED(17), GRANDPARENT_WITH_GRANDCHILDREN(3), MOTHER_WITH_ADULT_CHILDREN(5), MINORS(1),
        SIBLINGS(2);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** What the members of one household share. */
    private record Family(Origin origin, String country, boolean stateless, Typing typing, int spelling) {
    }

    private final SplittableRandom random;
    private final LocalDate today;
    private final double duplicateShare;
    private long households;
    private long persons;
    @SuppressWarnings("unchecked")
    private final List<SyntheticPerson>[] pools = new List[6];
    private final long[] seen = new long[6];

    public InfluxGenerator(long seed, LocalDate referenceDate) {
        this(seed, referenceDate, DEFAULT_DUPLICATE_SHARE);
    }

    public InfluxGenerator(long seed, LocalDate referenceDate, double duplicateShare) {
        this.random = new SplittableRandom(seed);
        this.today = referenceDate;
        this.duplicateShare = duplicateShare;
        for (int i = 0; i < pools.length; i++) {
            pools[i] = new ArrayList<>();
        }
    }

    public LocalDate referenceDate() {
        return today;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public SyntheticHousehold next() {
        Origin origin = pick(Origin.values(), o -> o.weight);
        String country = origin.country != null ? origin.country : random.nextBoolean() ? "SYR" : "IRQ";
        boolean stateless = (origin == Origin.KURDISH && "SYR".equals(country) && chance(0.3)) || chance(0.003);
        double t = random.nextDouble();
        Typing typing = t < origin.typedNative ? Typing.NATIVE : t < origin.typedNative + origin.typedCyrillic ? Typing.CYRILLIC : Typing.LATIN;
        Family family = new Family(origin, country, stateless, typing, random.nextInt(3));

        List<SyntheticPerson> members = members(pick(Kind.values(), k -> k.weight), family);
        if (members.size() > MAX_SIZE) {
            members = new ArrayList<>(members.subList(0, MAX_SIZE));
        }
        members = withNeeds(members);
        List<SyntheticPerson> arrived = new ArrayList<>(members.size());
        for (SyntheticPerson member : members) {
            arrived.add(maybeDuplicate(member));
        }
        for (SyntheticPerson member : arrived) {
            if (member.duplicateOf() == null) {
                remember(member);
            }
        }
        return new SyntheticHousehold(households++, arrived, vehicle(), visibleNeeds(arrived), today);
    }

    // ---------------------------------------------------------------- households

    private List<SyntheticPerson> members(Kind kind, Family f) {
        List<SyntheticPerson> m = new ArrayList<>();
        Name family = familyName(f);
        switch (kind) {
            case SINGLE_MAN -> m.add(person(f, "HEAD", "M", between(18, 59), family, null, single()));
            case SINGLE_WOMAN -> m.add(person(f, "HEAD", "F", between(18, 59), family, null, single()));
            case SINGLE_OLDER -> {
                String sex = chance(0.65) ? "F" : "M";
                m.add(person(f, "HEAD", sex, between(60, 92), family, null, chance(0.8) ? "WIDOWED" : "SINGLE"));
            }
            case MOTHER_WITH_CHILDREN -> {
                // the husband stayed behind, is missing or dead: the children carry his family name
                Name husband = maleGiven(f);
                int age = between(22, 48);
                Name own = f.origin().wifeTakesName ? family : familyName(f);
                String marital = pick(new String[] {"MARRIED", "WIDOWED", "DIVORCED", "SEPARATED"}, new int[] {50, 25, 15, 10});
                m.add(person(f, "HEAD", "F", age, own, null, marital));
                children(m, f, age, countOfChildren(), family, husband);
                if (chance(0.25)) {
                    m.add(person(f, "PARENT", "F", Math.min(95, age + between(20, 32)), familyName(f), null, "WIDOWED"));
                } else if (chance(0.05)) {
                    m.add(person(f, "PARENT", "M", Math.min(95, age + between(22, 35)), familyName(f), null, "WIDOWED"));
                }
            }
            case COUPLE_WITH_CHILDREN, EXTENDED -> {
                int husbandAge = kind == Kind.EXTENDED ? between(26, 52) : between(24, 58);
                int wifeAge = Math.max(19, husbandAge - between(0, 7));
                Name grandfather = maleGiven(f);
                SyntheticPerson head = person(f, "HEAD", "M", husbandAge, family, grandfather, "MARRIED");
                m.add(head);
                m.add(person(f, "SPOUSE", "F", wifeAge, f.origin().wifeTakesName ? family : familyName(f), null, "MARRIED"));
                children(m, f, wifeAge, kind == Kind.EXTENDED ? between(2, 4) : countOfChildren(), family, head.given());
                int grandparents = kind == Kind.EXTENDED ? between(1, 2) : chance(0.3) ? (chance(0.3) ? 2 : 1) : 0;
                if (grandparents == 2 || (grandparents == 1 && chance(0.3))) {
                    m.add(person(f, "PARENT", "M", grandfather, Math.min(95, husbandAge + between(22, 35)), family, null, "MARRIED"));
                }
                if (grandparents >= 1 && m.size() < MAX_SIZE) {
                    m.add(person(f, "PARENT", "F", Math.min(95, husbandAge + between(20, 32)), f.origin().wifeTakesName ? family : familyName(f), null,
                            grandparents == 2 ? "MARRIED" : "WIDOWED"));
                }
                if (kind == Kind.EXTENDED && chance(0.4) && m.size() < MAX_SIZE) {
                    m.add(person(f, "SIBLING", chance(0.6) ? "F" : "M", Math.max(18, husbandAge + between(-8, 8)), family, grandfather, single()));
                }
            }
            case COUPLE -> {
                int husbandAge = chance(0.6) ? between(19, 35) : between(45, 59);
                m.add(person(f, "HEAD", "M", husbandAge, family, null, "MARRIED"));
                m.add(person(f, "SPOUSE", "F", Math.max(18, husbandAge - between(0, 6)), f.origin().wifeTakesName ? family : familyName(f), null, "MARRIED"));
            }
            case OLDER_COUPLE -> {
                int husbandAge = between(60, 88);
                m.add(person(f, "HEAD", "M", husbandAge, family, null, "MARRIED"));
                m.add(person(f, "SPOUSE", "F", Math.max(56, husbandAge - between(0, 6)), f.origin().wifeTakesName ? family : familyName(f), null, "MARRIED"));
            }
            case GRANDPARENT_WITH_GRANDCHILDREN -> {
                String sex = chance(0.8) ? "F" : "M";
                int age = between(55, 80);
                m.add(person(f, "HEAD", sex, age, family, null, chance(0.6) ? "WIDOWED" : "MARRIED"));
                Name childFamily = sex.equals("M") || f.origin().wifeTakesName ? family : familyName(f);
                int n = between(1, 3);
                for (int i = 0; i < n; i++) {
                    // cousins as often as siblings: each grandchild's father is one of the head's sons
                    m.add(person(f, "GRANDCHILD", chance(0.5) ? "F" : "M", between(2, 16), childFamily, maleGiven(f), null));
                }
            }
            case MOTHER_WITH_ADULT_CHILDREN -> {
                int age = between(45, 72);
                Name father = maleGiven(f);
                m.add(person(f, "HEAD", "F", age, family, null, chance(0.6) ? "WIDOWED" : "MARRIED"));
                int n = between(1, 3);
                for (int i = 0; i < n; i++) {
                    m.add(person(f, "CHILD", chance(0.65) ? "F" : "M", between(18, Math.min(35, age - 18)), family, father, chance(0.85) ? "SINGLE" : "MARRIED"));
                }
            }
            case MINORS -> {
                Name father = maleGiven(f);
                int n = chance(0.6) ? 1 : 2;
                int age = between(14, 17);
                m.add(person(f, "HEAD", chance(0.4) ? "F" : "M", age, family, father, "SINGLE"));
                for (int i = 1; i < n; i++) {
                    m.add(person(f, "SIBLING", chance(0.5) ? "F" : "M", between(8, age), family, father, null));
                }
            }
            case SIBLINGS -> {
                Name father = maleGiven(f);
                int n = between(2, 3);
                for (int i = 0; i < n; i++) {
                    m.add(person(f, i == 0 ? "HEAD" : "SIBLING", chance(0.65) ? "F" : "M", between(18, 40), family, father, single()));
                }
            }
        }
        return m;
    }

    /** Up to {@code count} children of a mother of {@code motherAge}, born 1 to 3.5 years apart, all under 18. */
    private void children(List<SyntheticPerson> m, Family f, int motherAge, int count, Name family, Name father) {
        int hi = Math.min(17 * 12 + 11, (motherAge - 18) * 12);
        int lo = Math.min(hi, Math.max((count - 1) * 20, (motherAge - 43) * 12));
        if (hi < 0) {
            return;
        }
        int months = between(Math.max(0, lo), hi);
        for (int i = 0; i < count && months >= 0 && m.size() < MAX_SIZE; i++) {
            String sex = chance(0.5) ? "F" : "M";
            SyntheticPerson child = person(f, "CHILD", sex, "F".equals(sex) ? femaleGiven(f) : maleGiven(f), months / 12, family,
                    father, months >= 16 * 12 ? "SINGLE" : null);
            m.add(child.withBirthDate(today.minusMonths(months).minusDays(random.nextInt(28))));
            months -= between(12, 42);
        }
    }

    private int countOfChildren() {
        return pick(new Integer[] {1, 2, 3, 4, 5}, new int[] {20, 34, 26, 13, 7});
    }

    private String single() {
        return pick(new String[] {"SINGLE", "DIVORCED", "SEPARATED", "WIDOWED"}, new int[] {70, 15, 5, 10});
    }

    // ---------------------------------------------------------------- persons

    private SyntheticPerson person(Family f, String relationship, String sex, int age, Name family, Name father, String marital) {
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
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
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
        String phone = age >= 18 && chance(head ? 0.8 : 0.45) ? phone(f.country(), random) : null;
        return new SyntheticPerson(persons++, null, relationship, f.origin(), given, family, father, f.typing(), f.spelling(),
                f.typing() != Typing.LATIN && chance(0.4), sex, birth, precision, pickOne(f.origin().birthPlaces),
                citizenships, f.stateless(), marital, languages(f, age), phone, documents(f, age), List.of());
    }

    private List<String> languages(Family f, int age) {
        TreeSet<String> languages = new TreeSet<>();
        switch (f.origin()) {
            case ARMENIAN -> {
                languages.add("hy");
                if (age >= 10 && chance(age >= 40 ? 0.75 : 0.45)) languages.add("ru");
            }
            case RUSSIAN -> languages.add("ru");
            case SYRIAN, IRAQI -> languages.add("ar");
            case KURDISH -> {
                languages.add("SYR".equals(f.country()) ? "ku" : "ckb");
                if (age >= 6 && chance(0.6)) languages.add("ar");
            }
            case IRANIAN -> {
                languages.add("fa");
                if (chance(0.2)) languages.add("az");
            }
        }
        if (age >= 12 && age < 45 && chance(0.18)) {
            languages.add("en");
        }
        return new ArrayList<>(languages);
    }

    private List<SyntheticDocument> documents(Family f, int age) {
        List<SyntheticDocument> documents = new ArrayList<>();
        if (f.stateless()) {
            return documents;
        }
        double d = random.nextDouble();
        if (age >= 16) {
            if (d < 0.72) {
                documents.add(document("PASSPORT", f.country(), random, today));
                if (chance(0.12)) documents.add(document("NATIONAL_ID", f.country(), random, today));
            } else if (d < 0.90) {
                documents.add(document("NATIONAL_ID", f.country(), random, today));
            }
        } else if (d < 0.65) {
            documents.add(document("BIRTH_CERTIFICATE", f.country(), random, today));
        } else if (d < 0.85) {
            documents.add(document("PASSPORT", f.country(), random, today));
        }
        return documents;
    }

    /** A document with a number in the issuing country's usual format. */
    static SyntheticDocument document(String type, String country, SplittableRandom r, LocalDate today) {
        String number = switch (type) {
            case "PASSPORT" -> switch (country) {
                case "ARM" -> new String[] {"AM", "AN", "AR", "AT", "AU", "AV"}[r.nextInt(6)] + digits(r, 7);
                case "RUS" -> "7" + r.nextInt(10) + " " + digits(r, 7);
                case "SYR" -> "N" + digits(r, 9);
                case "IRQ" -> "A" + digits(r, 8);
                case "IRN" -> (char) ('A' + r.nextInt(26)) + digits(r, 8);
                default -> digits(r, 9);
            };
            case "NATIONAL_ID" -> switch (country) {
                case "RUS" -> digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 6);
                case "IRN" -> digits(r, 3) + "-" + digits(r, 6) + "-" + digits(r, 1);
                case "SYR" -> digits(r, 11);
                case "IRQ" -> digits(r, 12);
                default -> digits(r, 9);
            };
            default -> "ARM".equals(country) || "RUS".equals(country)
                    ? "II-" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + " " + digits(r, 6)
                    : digits(r, 8);
        };
        LocalDate expires = switch (type) {
            case "PASSPORT" -> today.plusDays(r.nextInt(-365, 3650));
            case "NATIONAL_ID" -> today.plusDays(r.nextInt(30, 3650));
            default -> null;
        };
        return new SyntheticDocument(type, number, country, expires);
    }

    static String phone(String country, SplittableRandom r) {
        return switch (country) {
            case "ARM" -> "+374 " + new String[] {"91", "93", "94", "95", "96", "97", "98", "99", "77", "55", "41", "43", "44"}[r.nextInt(13)]
                    + " " + digits(r, 6);
            case "RUS" -> "+7 9" + digits(r, 2) + " " + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2);
            case "SYR" -> "+963 9" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3);
            case "IRQ" -> "+964 7" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4);
            case "IRN" -> "+98 9" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4);
            default -> "+" + digits(r, 11);
        };
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- specific needs

    private List<SyntheticPerson> withNeeds(List<SyntheticPerson> members) {
        List<SyntheticPerson> result = new ArrayList<>(members.size());
        SyntheticPerson head = members.get(0);
        int headAge = head.age(today);
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
                if ("MARRIED".equals(p.maritalStatus()) && chance(0.2)) needs.add("FU-TR");
            }
            if (isHead && members.size() == 1 && p.female() && age < 60 && chance(0.15)) needs.add("WR-SF");
            if (p.female() && infant && age >= 18 && age <= 45 && (isHead || p.relationship().equals("SPOUSE")) && chance(0.6)) needs.add("WR-LC");
            double frailty = age >= 60 ? 3 : 1;
            if (chance(0.02 * frailty)) needs.add("DS-PM");
            if (chance(0.007 * frailty)) needs.add("DS-BD");
            if (chance(0.005 * frailty)) needs.add("DS-DF");
            if (chance(0.005)) needs.add("DS-MM");
            if (chance(age >= 60 ? 0.15 : age >= 18 ? 0.04 : 0.01)) needs.add("SM-CI");
            if (p.female() && age >= 18 && age <= 40 && chance(0.02)) needs.add("SM-DP");
            if (age >= 16 && p.documents().isEmpty()) needs.add("LP-ND");
            result.add(new SyntheticPerson(p.ordinal(), p.duplicateOf(), p.relationship(), p.origin(), p.given(), p.family(),
                    p.father(), p.typing(), p.spelling(), p.passportSpelling(), p.sex(), p.birthDate(), p.birthPrecision(),
                    p.birthPlace(), p.citizenships(), p.stateless(), p.maritalStatus(), p.languages(), p.phone(),
                    p.documents(), new ArrayList<>(needs)));
        }
        return result;
    }

    private static final java.util.Set<String> CONFIDENTIAL = java.util.Set.of("SV", "TR", "SM");

    private static List<String> visibleNeeds(List<SyntheticPerson> members) {
        TreeSet<String> categories = new TreeSet<>();
        // SV, TR and SM are confidential: the desk never records them (they stay on the persons, for the roles that read them)
        members.forEach(m -> m.needs().stream().map(n -> n.substring(0, 2)).filter(c -> !CONFIDENTIAL.contains(c)).forEach(categories::add));
        return new ArrayList<>(categories);
    }

    private String vehicle() {
        double v = random.nextDouble();
        if (v < 0.35) {
            return null;
        } else if (v < 0.70) {
            return "Car " + digits(random, 2) + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + " " + digits(random, 3);
        } else if (v < 0.85) {
            return "Bus " + between(1, 60);
        } else if (v < 0.93) {
            return "Truck " + digits(random, 2) + " " + digits(random, 3);
        }
        return "On foot, group " + between(1, 40);
    }

    // ---------------------------------------------------------------- near-duplicates

    private SyntheticPerson maybeDuplicate(SyntheticPerson member) {
        if (!chance(duplicateShare)) {
            return member;
        }
        List<SyntheticPerson> pool = pools[poolIndex(member)];
        if (pool.isEmpty()) {
            return member;
        }
        SyntheticPerson original = pool.get(random.nextInt(pool.size()));
        String relationship = member.relationship().equals("HEAD") ? "HEAD" : "OTHER_RELATIVE";
        return nearDuplicate(original, member.ordinal(), relationship, random, today);
    }

    private void remember(SyntheticPerson person) {
        int i = poolIndex(person);
        long n = ++seen[i];
        if (pools[i].size() < POOL_SIZE) {
            pools[i].add(person);
        } else {
            long j = random.nextLong(n);
            if (j < POOL_SIZE) {
                pools[i].set((int) j, person);
            }
        }
    }

    private int poolIndex(SyntheticPerson p) {
        return (p.female() ? 0 : 3) + p.ageGroup(today);
    }

    /**
     * The same person registered again: typed in another script or with another Latin spelling, the same sex, birth
     * date and particulars; the same document number (perhaps written with other separators) in 40 % of cases, no
     * document in 30 %, another document in 30 %.
     */
    public static SyntheticPerson nearDuplicate(SyntheticPerson original, long ordinal, String relationship, SplittableRandom r,
                                                LocalDate today) {
        Typing typing;
        int spelling = original.spelling();
        switch (original.typing()) {
            case NATIVE -> {
                if (original.given().cyrillic() != null && r.nextDouble() < 0.35) {
                    typing = Typing.CYRILLIC;
                } else {
                    typing = Typing.LATIN;
                    spelling = spelling + 1;
                }
            }
            case CYRILLIC -> {
                typing = r.nextBoolean() ? Typing.NATIVE : Typing.LATIN;
                spelling = spelling + 1;
            }
            default -> {
                boolean variants = original.given().spellings() > 1 || original.family().spellings() > 1;
                if (variants && r.nextDouble() < 0.4) {
                    typing = Typing.LATIN;
                    spelling = spelling + 1;
                } else {
                    typing = Typing.NATIVE;
                }
            }
        }
        List<SyntheticDocument> documents = new ArrayList<>();
        double d = r.nextDouble();
        if (!original.documents().isEmpty() && d < 0.4) {
            SyntheticDocument same = original.documents().get(0);
            documents.add(new SyntheticDocument(same.typeCode(), reformatted(same.number(), r), same.issuingCountry(), same.expiresOn()));
        } else if (!original.documents().isEmpty() && d >= 0.7) {
            SyntheticDocument other = original.documents().get(0);
            documents.add(document(other.typeCode(), other.issuingCountry(), r, today));
        }
        Long of = original.duplicateOf() != null ? original.duplicateOf() : original.ordinal();
        return new SyntheticPerson(ordinal, of, relationship, original.origin(), original.given(), original.family(),
                original.father(), typing, spelling, false, original.sex(), original.birthDate(), original.birthPrecision(),
                original.birthPlace(), original.citizenships(), original.stateless(), original.maritalStatus(),
                original.languages(), original.phone(), documents, original.needs());
    }

    /** The same number as another clerk types it: without separators, or in lower case. */
    private static String reformatted(String number, SplittableRandom r) {
        if (number.contains(" ") || number.contains("-")) {
            return r.nextBoolean() ? number.replaceAll("[ -]", "") : number;
        }
        return r.nextBoolean() ? number.toLowerCase(Locale.ROOT) : number;
    }

    // ---------------------------------------------------------------- helpers

    private Name familyName(Family f) {
        return pickOne(f.origin().names.family());
    }

    private Name maleGiven(Family f) {
        return pickOne(f.origin().names.male());
    }

    private Name femaleGiven(Family f) {
        return pickOne(f.origin().names.female());
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int from, int to) {
        return from >= to ? from : random.nextInt(from, to + 1);
    }

    private <T> T pickOne(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) return values[i];
        }
        return values[values.length - 1];
    }

    private <T> T pick(T[] values, java.util.function.ToIntFunction<T> weight) {
        int total = 0;
        for (T v : values) total += weight.applyAsInt(v);
        int x = random.nextInt(total);
        for (T v : values) {
            x -= weight.applyAsInt(v);
            if (x < 0) return v;
        }
        return values[values.length - 1];
    }
}
