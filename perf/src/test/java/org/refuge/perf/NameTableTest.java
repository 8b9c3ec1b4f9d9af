package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realism of the synthetic population's names: skewed frequencies, many distinct names, few exact namesakes,
 * naming customs at their rates, typeable Latin spellings and a deterministic stream. The figures are printed.
 */
class NameTableTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final Pattern PLAIN_LATIN = Pattern.compile("[A-Za-z][A-Za-z '-]*");
    private static final long POPULATION = 5_000_000;
    /** Sizes of the former hand-written bank (male, female, family), drawn uniformly: the namesakes to beat. */
    private static final Map<Origin, int[]> FORMER_BANK = Map.of(Origin.ARMENIAN, new int[] {32, 30, 40},
            Origin.RUSSIAN, new int[] {20, 20, 30}, Origin.SYRIAN, new int[] {25, 20, 24}, Origin.IRAQI, new int[] {25, 20, 20},
            Origin.KURDISH, new int[] {12, 10, 12}, Origin.IRANIAN, new int[] {14, 12, 14});

    private static List<SyntheticHousehold> households;
    /** Persons who are not near-duplicates of an earlier one, and the ordinal of each one's household. */
    private static List<SyntheticPerson> persons;
    private static List<Long> householdOf;

    @BeforeAll
    static void generate() {
        InfluxGenerator generator = new InfluxGenerator(42, TODAY);
        households = new ArrayList<>();
        persons = new ArrayList<>();
        householdOf = new ArrayList<>();
        while (persons.size() < 200_000) {
            SyntheticHousehold h = generator.next();
            households.add(h);
            h.members().stream().filter(p -> p.duplicateOf() == null).forEach(p -> {
                persons.add(p);
                householdOf.add(h.ordinal());
            });
        }
    }

    @Test
    void theCommonestNames_takeRealisticShares_inEveryOrigin() {
        Map<Origin, List<SyntheticPerson>> byOrigin = new EnumMap<>(Origin.class);
        persons.forEach(p -> byOrigin.computeIfAbsent(p.origin(), o -> new ArrayList<>()).add(p));
        System.out.println("origin     family top1/top10   men top1/top10   women top1/top10");
        for (Origin origin : Origin.values()) {
            List<SyntheticPerson> all = byOrigin.get(origin);
            List<SyntheticPerson> men = all.stream().filter(p -> !p.female()).toList();
            List<SyntheticPerson> women = all.stream().filter(SyntheticPerson::female).toList();
            double[] family = top(all, SyntheticPerson::family);
            double[] male = top(men, SyntheticPerson::given);
            double[] female = top(women, SyntheticPerson::given);
            System.out.printf(Locale.ROOT, "%-10s %5.1f %% / %5.1f %%   %5.1f %% / %5.1f %%   %5.1f %% / %5.1f %%%n", origin,
                    100 * family[0], 100 * family[1], 100 * male[0], 100 * male[1], 100 * female[0], 100 * female[1]);
            assertThat(family[0]).as("%s top family name", origin).isBetween(0.02, 0.12);
            assertThat(family[1]).as("%s top 10 family names", origin).isBetween(0.15, 0.55);
            assertThat(male[0]).as("%s top man's name", origin).isBetween(0.04, 0.14);
            assertThat(female[0]).as("%s top woman's name", origin).isBetween(0.04, 0.14);
            assertThat(male[1]).as("%s top 10 men's names", origin).isBetween(0.3, 0.7);
        }
        List<SyntheticPerson> arabMen = persons.stream()
                .filter(p -> !p.female() && (p.origin() == Origin.SYRIAN || p.origin() == Origin.IRAQI)).toList();
        double mohammed = arabMen.stream().filter(p -> p.given().nativeForm().equals("محمد")).count() / (double) arabMen.size();
        System.out.printf(Locale.ROOT, "Arab men named Mohammed: %.1f %%%n", 100 * mohammed);
        assertThat(mohammed).isBetween(0.08, 0.10);
        assertThat(NameTable.of(Origin.SYRIAN).male().share(3)).isCloseTo(0.16, offset(1e-9));
    }

    private static double[] top(List<SyntheticPerson> people, Function<SyntheticPerson, Name> name) {
        Map<Name, Long> counts = people.stream().collect(Collectors.groupingBy(name, Collectors.counting()));
        long[] sorted = counts.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long top10 = 0;
        for (int i = 0; i < Math.min(10, sorted.length); i++) {
            top10 += sorted[sorted.length - 1 - i];
        }
        return new double[] {sorted[sorted.length - 1] / (double) people.size(), top10 / (double) people.size()};
    }

    @Test
    void aHundredThousandPersons_carryTensOfThousandsOfDistinctNames() {
        Set<String> names = new HashSet<>();
        persons.subList(0, 100_000).forEach(p -> names.add(p.given().nativeForm() + " " + p.family().nativeForm()));
        System.out.printf(Locale.ROOT, "distinct given + family names among 100,000 persons: %,d%n", names.size());
        // the former bank could not make more than 6,288 pairs
        assertThat(names.size()).isGreaterThan(20_000);
    }

    @Test
    void aRandomPerson_hasFarFewerExactNamesakesBornWithinAYear_thanWithTheFormerBank() {
        double now = namesakes(persons.stream().map(p -> key(p.given(), p.family())).toList());
        // the former generator drew one family name per household and every name uniformly
        SplittableRandom r = new SplittableRandom(1);
        Map<Long, Integer> familyOfHousehold = new HashMap<>();
        List<String> former = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            SyntheticPerson p = persons.get(i);
            int[] sizes = FORMER_BANK.get(p.origin());
            int family = familyOfHousehold.computeIfAbsent(householdOf.get(i), h -> r.nextInt(sizes[2]));
            former.add(p.origin() + " " + p.sex() + r.nextInt(p.female() ? sizes[1] : sizes[0]) + " " + family);
        }
        double before = namesakes(former);
        System.out.printf(Locale.ROOT, "exact-name namesakes born within a year of a random person, at %,d persons: %.1f "
                + "(with the former uniform bank: %.1f)%n", POPULATION, now, before);
        assertThat(now).isLessThan(before / 3);
    }

    private static String key(Name given, Name family) {
        return given.nativeForm() + " " + family.nativeForm();
    }

    /**
     * The expected number of other persons with the same name born within 365 days of a random person, in a
     * population of {@link #POPULATION} like the sample: pairs in the sample, scaled.
     */
    private static double namesakes(List<String> names) {
        Map<String, List<Long>> births = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            births.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(persons.get(i).birthDate().toEpochDay());
        }
        long pairs = 0;
        for (List<Long> days : births.values()) {
            long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
            int from = 0;
            for (int i = 0; i < sorted.length; i++) {
                while (sorted[i] - sorted[from] > 365) {
                    from++;
                }
                pairs += i - from;
            }
        }
        double n = persons.size();
        return 2.0 * pairs / n * (POPULATION - 1) / (n - 1);
    }

    @Test
    void twinsAndSonsNamedAfterTheirFathers_comeAtTheirRates_andSomeArabFamilyNamesAreFathersNames() {
        long children = 0;
        long twins = 0;
        long sons = 0;
        long namedAfterFather = 0;
        double byChance = 0;
        long arabFathers = 0;
        long arabCustom = 0;
        for (SyntheticHousehold h : households) {
            SyntheticPerson head = h.head();
            List<SyntheticPerson> kids = h.members().stream()
                    .filter(m -> m.duplicateOf() == null && m.relationship().equals("CHILD") && m.age(TODAY) < 18).toList();
            for (SyntheticPerson kid : kids) {
                children++;
                if (kids.stream().anyMatch(o -> o != kid && o.birthDate().equals(kid.birthDate()))) {
                    twins++;
                    assertThat(kids.stream().filter(o -> o != kid && o.birthDate().equals(kid.birthDate())))
                            .allSatisfy(o -> assertThat(o.given()).isNotEqualTo(kid.given()));
                }
                if (!kid.female() && !head.female() && kid.family().equals(head.family())) {
                    sons++;
                    namedAfterFather += kid.given().equals(head.given()) ? 1 : 0;
                    byChance += coincidence(kid.origin().names().male());
                }
            }
            boolean arab = head.origin() == Origin.SYRIAN || head.origin() == Origin.IRAQI;
            if (arab && !head.female() && !kids.isEmpty() && head.duplicateOf() == null) {
                arabFathers++;
                arabCustom += kids.get(0).family().equals(head.given()) ? 1 : 0;
            }
        }
        // a son drawn at random also gets his father's name now and then: common names are common
        double expected = HouseholdMaker.NAMED_AFTER_FATHER + (1 - HouseholdMaker.NAMED_AFTER_FATHER) * byChance / sons;
        System.out.printf(Locale.ROOT, "children sharing a sibling's birth date: %.2f %% of %,d; sons with their father's name: "
                + "%.2f %% of %,d (%.1f %% named after him, the rest by chance); Arab fathers whose children's family name "
                + "is their given name: %.1f %%%n", 100.0 * twins / children, children, 100.0 * namedAfterFather / sons, sons,
                100 * HouseholdMaker.NAMED_AFTER_FATHER, 100.0 * arabCustom / arabFathers);
        assertThat((double) twins / children).isBetween(0.010, 0.020);
        assertThat((double) namedAfterFather / sons).isCloseTo(expected, offset(0.008));
        assertThat((double) arabCustom / arabFathers).isBetween(0.2, 0.4);
    }

    /** The chance that two names drawn from the list are the same. */
    private static double coincidence(NameList names) {
        double sum = 0;
        for (int i = 0; i < names.size(); i++) {
            sum += names.chance(i) * names.chance(i);
        }
        return sum;
    }

    @Test
    void everyTailName_hasLatinSpellingsOfAsciiLettersSpacesHyphensAndApostrophesOnly() {
        int tail = 0;
        int several = 0;
        for (Origin origin : Origin.values()) {
            NameTable table = NameTable.of(origin);
            System.out.printf(Locale.ROOT, "%-10s names: %d men, %d women, %d family; %d from datafaker%n", origin,
                    table.male().size(), table.female().size(), table.family().size(), table.tail().size());
            for (Name name : table.tail()) {
                assertThat(name.latin()).as(name.nativeForm()).isNotEmpty()
                        .allSatisfy(l -> assertThat(l).matches(PLAIN_LATIN));
                tail++;
                several += name.spellings() > 1 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "datafaker names: %d, %d of them with several Latin spellings%n", tail, several);
        assertThat(NameTable.of(Origin.ARMENIAN).tail()).allSatisfy(n -> assertThat(n.cyrillic()).isNotBlank());
        assertThat(tail).isGreaterThan(1_500);
    }

    @Test
    void twoGeneratorsWithOneSeed_giveTheSameFirstTenThousandPersons() {
        InfluxGenerator a = new InfluxGenerator(7, TODAY);
        InfluxGenerator b = new InfluxGenerator(7, TODAY);
        int seen = 0;
        while (seen < 10_000) {
            SyntheticHousehold h = a.next();
            assertThat(b.next()).isEqualTo(h);
            seen += h.size();
        }
    }

    @Test
    void generation_isFastEnoughForTheFiveMillionPersonLoad_ratePrinted() {
        InfluxGenerator generator = new InfluxGenerator(11, TODAY);
        for (int warm = 0; warm < 20_000; warm++) {
            generator.next();
        }
        long made = 0;
        long start = System.nanoTime();
        while (made < 400_000) {
            made += generator.next().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "generation: %,.0f persons/s on one thread (%,d persons in %.2f s)%n", made / seconds,
                made, seconds);
        assertThat(made).isGreaterThanOrEqualTo(400_000);
    }
}
