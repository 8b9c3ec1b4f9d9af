package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic influx of displaced households, the same for the same seed and reference date. Households of 1 to 9
 * (mean about 4): single adults, many women with children whose husbands stayed behind, couples with children,
 * extended families with grandparents, older persons alone, a few unaccompanied minors; so more women, children and
 * older persons than men of fighting age. Names in Armenian, Cyrillic, Arabic or Persian script or in Latin, with the
 * transliteration variants registrars meet; birth dates mostly exact, by year or estimated for some older persons;
 * documents, citizenships (some stateless), languages, phones and specific needs.
 * <p>
 * Names are drawn with the skew real names have ({@link NameTable}), and with the customs that make different persons
 * look alike ({@link HouseholdMaker}): twins, sons named after their fathers, and the Arab custom of a family name
 * that is the father's given name.
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

    private final SplittableRandom random;
    private final Dice dice;
    private final HouseholdMaker maker;
    private final LocalDate today;
    private final double duplicateShare;
    private long households;
    @SuppressWarnings("unchecked")
    private final List<SyntheticPerson>[] pools = new List[6];
    private final long[] seen = new long[6];

    public InfluxGenerator(long seed, LocalDate referenceDate) {
        this(seed, referenceDate, DEFAULT_DUPLICATE_SHARE);
    }

    public InfluxGenerator(long seed, LocalDate referenceDate, double duplicateShare) {
        this.random = new SplittableRandom(seed);
        this.dice = new Dice(random);
        this.today = referenceDate;
        this.maker = new HouseholdMaker(dice, referenceDate);
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
        Origin origin = dice.pick(Origin.values(), o -> o.weight);
        String country = origin.country != null ? origin.country : random.nextBoolean() ? "SYR" : "IRQ";
        boolean stateless = (origin == Origin.KURDISH && "SYR".equals(country) && chance(0.3)) || chance(0.003);
        double t = random.nextDouble();
        Typing typing = t < origin.typedNative ? Typing.NATIVE : t < origin.typedNative + origin.typedCyrillic ? Typing.CYRILLIC : Typing.LATIN;
        HouseholdMaker.Family family = new HouseholdMaker.Family(origin, country, stateless, typing, random.nextInt(3),
                chance(origin.fatherNameSurnames));
        List<SyntheticPerson> members = Needs.withNeeds(maker.members(family), random, today);
        List<SyntheticPerson> arrived = new ArrayList<>(members.size());
        for (SyntheticPerson member : members) {
            arrived.add(maybeDuplicate(member));
        }
        for (SyntheticPerson member : arrived) {
            if (member.duplicateOf() == null) {
                remember(member);
            }
        }
        return new SyntheticHousehold(households++, arrived, Particulars.vehicle(random), Needs.visible(arrived), today);
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
            documents.add(Particulars.document(other.typeCode(), other.issuingCountry(), r, today));
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

    private boolean chance(double p) {
        return dice.chance(p);
    }
}
