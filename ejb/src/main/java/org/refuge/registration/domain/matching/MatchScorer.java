package org.refuge.registration.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.PersonName;

/**
 * Scores a registered person as a candidate for the person at the desk with a {@link MatchModel}: each
 * {@link Comparison} is brought to a {@link Level}, each level adds its bits, and the sum falls in a {@link Band}.
 * <ul>
 * <li>Names: EXACT the same key; STRONG a Jaro-Winkler similarity of at least {@value #STRONG_SIMILARITY}, or, when
 * a name was typed in Arabic script (no short vowels), the same consonant skeleton of at least
 * {@value #SKELETON_CONSONANTS} consonants, or a similar name that differs only in its vowels; PARTIAL a similarity of at least {@value #PARTIAL_SIMILARITY}, a shorter
 * or close skeleton, or the same name once the letters spellings disagree on are made one ({@link #loose}). Given and
 * family names swapped are compared crosswise when both then agree at least PARTIAL and that
 * scores better despite the model's swap cost. Both names the same weigh no more than the whole name's frequency
 * allows.</li>
 * <li>Birth dates: EXACT the same day; STRONG a slip in typing it (day and month swapped, the day's digits swapped,
 * a day off); PARTIAL the same month; COMPATIBLE the same year
 * when either date is known only by its year, or both are estimated; WEAK the same year or a year apart otherwise; an
 * estimated date within two years of another says nothing (MISSING).</li>
 * <li>Sex: a sex other than F or M (X, unknown) does not compare.</li>
 * <li>Documents: EXACT a number in common; DIFFERENT documents of one type and country with other numbers; documents of
 * other kinds do not compare.</li>
 * <li>Relatives: EXACT a relative of each with names of the same key or a similarity of at least
 * {@value #STRONG_SIMILARITY}; DIFFERENT both have relatives and none agree.</li>
 * </ul>
 * A value either side lacks is MISSING and weighs nothing. A document number in common puts the candidate to the desk
 * (ASK) whatever its score. Pure: no database, no state but the model.
 */
public final class MatchScorer {

    static final double STRONG_SIMILARITY = 0.92;
    static final double PARTIAL_SIMILARITY = 0.80;
    static final int SKELETON_CONSONANTS = 3;

    /** How many persons share a name key, as a share of all (0 when not known): common names agree for fewer bits. */
    @FunctionalInterface
    public interface NameFrequencies {
        NameFrequencies UNKNOWN = (comparison, key) -> 0;

        double share(Comparison comparison, String key);

        /**
         * The share of persons with this whole name (given and family name keys), 0 when not known: when both names
         * agree exactly, together they count no more than a name that common can (a namesake is no evidence).
         */
        default double fullNameShare(String givenKey, String familyKey) {
            return 0;
        }
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final MatchModel model;
    private final NameFrequencies frequencies;

    public MatchScorer(MatchModel model, NameFrequencies frequencies) {
        this.model = model;
        this.frequencies = frequencies;
    }

    /** The levels a comparison can reach besides MISSING: those the model needs chances for. */
    static List<Level> levels(Comparison comparison) {
        return switch (comparison) {
            case GIVEN_NAME, FAMILY_NAME -> List.of(Level.EXACT, Level.STRONG, Level.PARTIAL, Level.DIFFERENT);
            case BIRTH_DATE -> List.of(Level.EXACT, Level.STRONG, Level.PARTIAL, Level.COMPATIBLE, Level.WEAK, Level.DIFFERENT);
            default -> List.of(Level.EXACT, Level.DIFFERENT);
        };
    }

    public Score score(MatchRecord desk, MatchRecord registered) {
        boolean skeletons = desk.withoutVowels() || registered.withoutVowels();
        List<Score.Contribution> straight = names(desk.givenKey(), registered.givenKey(), desk.familyKey(), registered.familyKey(), skeletons);
        List<Score.Contribution> crossed = names(desk.givenKey(), registered.familyKey(), desk.familyKey(), registered.givenKey(), skeletons);
        boolean swapped = crossed.stream().allMatch(c -> c.level() == Level.EXACT || c.level() == Level.STRONG || c.level() == Level.PARTIAL)
                && sum(crossed) + model.swapBits() > sum(straight);
        List<Score.Contribution> parts = new ArrayList<>(swapped ? crossed : commonName(straight, desk));
        parts.add(part(Comparison.BIRTH_DATE, birthDate(desk.birthDate(), desk.precision(), registered.birthDate(), registered.precision())));
        parts.add(part(Comparison.SEX, sex(desk.sex(), registered.sex())));
        parts.add(part(Comparison.CITIZENSHIP, shared(desk.citizenships(), registered.citizenships())));
        parts.add(part(Comparison.BIRTH_PLACE, equal(desk.birthPlaceKey(), registered.birthPlaceKey())));
        parts.add(part(Comparison.DOCUMENT, documents(desk.documents(), registered.documents())));
        parts.add(part(Comparison.RELATIVES, relatives(desk.relativeKeys(), registered.relativeKeys())));
        double bits = sum(parts) + (swapped ? model.swapBits() : 0);
        // one document number on two records is always put to the desk, whatever else differs: the same person with
        // a name typed wrongly, or a document that is not theirs
        boolean sameDocument = parts.stream().anyMatch(p -> p.comparison() == Comparison.DOCUMENT && p.level() == Level.EXACT);
        return new Score(bits, sameDocument ? Band.ASK : model.band(bits), parts, swapped);
    }

    /**
     * Both names the same: together they weigh no more than log2(m/share) for the share of persons with that whole name
     * (Mohammad Ahmadi is shared by hundreds), each part scaled down alike so that the parts still add up.
     */
    private List<Score.Contribution> commonName(List<Score.Contribution> names, MatchRecord desk) {
        if (!names.stream().allMatch(c -> c.level() == Level.EXACT)) {
            return names;
        }
        double share = frequencies.fullNameShare(desk.givenKey(), desk.familyKey());
        double total = sum(names);
        if (share <= 0 || total <= 0) {
            return names;
        }
        double m = model.chances(Comparison.GIVEN_NAME, Level.EXACT).m() * model.chances(Comparison.FAMILY_NAME, Level.EXACT).m();
        double cap = Math.log(m / Math.min(1, share)) / Math.log(2);
        if (cap >= total) {
            return names;
        }
        double scale = Math.max(0, cap) / total;
        return names.stream().map(c -> new Score.Contribution(c.comparison(), c.level(), c.bits() * scale)).toList();
    }

    private List<Score.Contribution> names(String given, String otherGiven, String family, String otherFamily, boolean skeletons) {
        return List.of(namePart(Comparison.GIVEN_NAME, given, otherGiven, skeletons), namePart(Comparison.FAMILY_NAME, family, otherFamily, skeletons));
    }

    private Score.Contribution namePart(Comparison comparison, String key, String other, boolean skeletons) {
        Level level = name(key, other, skeletons, comparison == Comparison.FAMILY_NAME || skeletons);
        return new Score.Contribution(comparison, level, model.bits(comparison, level, frequencies.share(comparison, key)));
    }

    private Score.Contribution part(Comparison comparison, Level level) {
        return new Score.Contribution(comparison, level, model.bits(comparison, level));
    }

    private static double sum(List<Score.Contribution> parts) {
        return parts.stream().mapToDouble(Score.Contribution::bits).sum();
    }

    static Level name(String key, String other, boolean skeletons) {
        return name(key, other, skeletons, false);
    }

    /**
     * Two keys of one part compared; with {@code articles} (family names, or a name typed in Arabic script) a leading
     * Arabic article may be written or not. A given name in Latin or Cyrillic keeps its first letters (Elvira, Albert).
     */
    static Level name(String key, String other, boolean skeletons, boolean articles) {
        Level level = compared(key, other, skeletons);
        if (!articles) {
            return level;
        }
        String bare = withoutArticle(key);
        String otherBare = withoutArticle(other);
        if ((level == Level.PARTIAL || level == Level.DIFFERENT) && !(bare.equals(key) && otherBare.equals(other))) {
            // the Arabic article written or not, as al or el (Alsanani, Elsanani, Sanani): the rest must agree
            Level without = compared(bare, otherBare, skeletons);
            return without == Level.EXACT || without == Level.STRONG ? Level.STRONG : without == Level.PARTIAL ? Level.PARTIAL : level;
        }
        return level;
    }

    /** A name without a leading Arabic article (al, el, ul) before a consonant and at least two more letters. */
    static String withoutArticle(String key) {
        return key.replaceFirst("^[aeu]l ?(?=[^aeiou ][a-z]{2})", "");
    }

    private static Level compared(String key, String other, boolean skeletons) {
        if (key.isEmpty() || other.isEmpty()) {
            return Level.MISSING;
        }
        if (key.equals(other)) {
            return Level.EXACT;
        }
        double similarity = JARO_WINKLER.apply(key, other);
        if (similarity >= STRONG_SIMILARITY) {
            return Level.STRONG;
        }
        if (skeletons) {
            Level consonants = consonants(key, other);
            if (consonants != Level.DIFFERENT) {
                return consonants;
            }
        }
        if (vowelsHeardAlike(key, other)) {
            // short vowels written as each transliteration hears them (Ahmed/Ahmad, Talebani/Talabani, Saleh/Salih,
            // Leila/Layla, Mohamed/Muhammad, Yousef/Yusuf): a and i tell names apart (Jamal/Jamil)
            return Level.STRONG;
        }
        if (similarity >= PARTIAL_SIMILARITY) {
            return Level.PARTIAL;
        }
        String loose = loose(key);
        String otherLoose = loose(other);
        return loose.equals(otherLoose) || JARO_WINKLER.apply(loose, otherLoose) >= STRONG_SIMILARITY ? Level.PARTIAL : Level.DIFFERENT;
    }

    private static final String VOWELS = "aeiou";

    /**
     * Whether two keys ({@code PersonName} folds y into i), doubled letters made single, have the same letters at the
     * same places but for vowels transliterations hear alike: any two vowels but a and i, which tell names apart
     * (Jamal/Jamil, Rami/Rima); at least two consonants.
     */
    static boolean vowelsHeardAlike(String key, String other) {
        String a = key.replaceAll("(.)\\1+", "$1");
        String b = other.replaceAll("(.)\\1+", "$1");
        if (a.length() != b.length() || a.replaceAll("[aeiou ]", "").length() < 2) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !(VOWELS.indexOf(x) >= 0 && VOWELS.indexOf(y) >= 0 && !(x == 'a' && y == 'i' || x == 'i' && y == 'a'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name typed in Arabic script against another spelling: its consonants only, as the script writes them (w and y
     * are vowels there too, gh and q one letter, a final h or t silent, d and z one, as th and s, and j and g). The same {@value #SKELETON_CONSONANTS} consonants
     * or more are STRONG; fewer (Ali, Saeed) or close ones PARTIAL.
     */
    private static Level consonants(String key, String other) {
        String skeleton = arabicSkeleton(key);
        String otherSkeleton = arabicSkeleton(other);
        if (skeleton.isEmpty() || otherSkeleton.isEmpty()) {
            return Level.DIFFERENT;
        }
        if (skeleton.equals(otherSkeleton)) {
            return skeleton.length() >= SKELETON_CONSONANTS ? Level.STRONG : Level.PARTIAL;
        }
        return skeleton.length() >= SKELETON_CONSONANTS && JARO_WINKLER.apply(skeleton, otherSkeleton) >= STRONG_SIMILARITY
                ? Level.PARTIAL : Level.DIFFERENT;
    }

    static String arabicSkeleton(String key) {
        // Persian says z for the letters Arabic says d, dh and z (ض ذ ظ ز) and s for th (ث): Reza, Rida; the digraphs are
        // made one letter first, then a final h or t, often the silent ta marbuta (هبة: Heba, Hbt), is left out
        return key.replace("gh", "k").replace("dh", "z").replace("th", "s").replaceAll("[ht]\\b", "").replace(" ", "")
                .replace('j', 'g').replace('d', 'z').replaceAll("[aeiouv]", "").replaceAll("(.)\\1+", "$1");
    }

    /**
     * The letters Armenian, Russian and Latin spellings of one name disagree on, left out or made one: h and v (Russian
     * papers drop them: Hovhannisyan, Oganesyan), g/gh/k/q, dzh/zh/j, dz/ts/tz/c, e/i and o/u.
     */
    static String loose(String key) {
        return key.replace(" ", "").replace("dzh", "j").replace("zh", "j").replace("gh", "k").replace('g', 'k').replace('q', 'k')
                .replace("dz", "ts").replace("tz", "ts").replace("c", "ts").replace("h", "").replace("v", "")
                .replace('e', 'i').replace('o', 'u').replaceAll("(.)\\1+", "$1");
    }

    static Level birthDate(LocalDate date, BirthPrecision precision, LocalDate other, BirthPrecision otherPrecision) {
        if (date == null || other == null) {
            return Level.MISSING;
        }
        int years = Math.abs(date.getYear() - other.getYear());
        if (precision == BirthPrecision.ESTIMATED && otherPrecision == BirthPrecision.ESTIMATED && years == 0) {
            return Level.COMPATIBLE;   // two desks estimated the same year
        }
        if (precision == BirthPrecision.ESTIMATED || otherPrecision == BirthPrecision.ESTIMATED) {
            return years <= 2 ? Level.MISSING : Level.DIFFERENT;
        }
        if (precision == BirthPrecision.YEAR || otherPrecision == BirthPrecision.YEAR) {
            return years == 0 ? Level.COMPATIBLE : years == 1 ? Level.WEAK : Level.DIFFERENT;
        }
        boolean exact = precision == BirthPrecision.EXACT && otherPrecision == BirthPrecision.EXACT;
        if (exact && date.equals(other)) {
            return Level.EXACT;
        }
        if (exact && slip(date, other)) {
            return Level.STRONG;
        }
        if (years == 0 && date.getMonthValue() == other.getMonthValue()) {
            return Level.PARTIAL;
        }
        return years <= 1 ? Level.WEAK : Level.DIFFERENT;
    }

    /** A slip in typing a date: day and month swapped, the day's two digits swapped, or a day off. */
    private static boolean slip(LocalDate date, LocalDate other) {
        if (Math.abs(date.toEpochDay() - other.toEpochDay()) == 1) {
            return true;
        }
        if (date.getYear() != other.getYear()) {
            return false;
        }
        int day = date.getDayOfMonth();
        int otherDay = other.getDayOfMonth();
        boolean monthSwapped = day == other.getMonthValue() && date.getMonthValue() == otherDay;
        boolean digitsSwapped = date.getMonthValue() == other.getMonthValue() && day % 10 == otherDay / 10 && day / 10 == otherDay % 10;
        return monthSwapped || digitsSwapped;
    }

    private static Level equal(String value, String other) {
        if (value == null || other == null || value.isBlank() || other.isBlank()) {
            return Level.MISSING;
        }
        return value.equals(other) ? Level.EXACT : Level.DIFFERENT;
    }

    private static Level sex(String sex, String other) {
        boolean known = ("F".equals(sex) || "M".equals(sex)) && ("F".equals(other) || "M".equals(other));
        return known ? equal(sex, other) : Level.MISSING;
    }

    private static Level shared(Set<String> values, Set<String> others) {
        if (values.isEmpty() || others.isEmpty()) {
            return Level.MISSING;
        }
        return Collections.disjoint(values, others) ? Level.DIFFERENT : Level.EXACT;
    }

    private static Level documents(Set<MatchRecord.Document> documents, Set<MatchRecord.Document> others) {
        for (MatchRecord.Document document : documents) {
            for (MatchRecord.Document other : others) {
                if (document.numberKey().length() >= 4 && document.numberKey().equals(other.numberKey())) {
                    return Level.EXACT;
                }
            }
        }
        boolean sameKind = documents.stream().anyMatch(d -> others.stream()
                .anyMatch(o -> d.type() != null && d.type().equals(o.type()) && d.country() != null && d.country().equals(o.country())));
        return sameKind ? Level.DIFFERENT : Level.MISSING;
    }

    private static Level relatives(Set<String> relatives, Set<String> others) {
        if (relatives.isEmpty() || others.isEmpty()) {
            return Level.MISSING;
        }
        boolean shared = relatives.stream().anyMatch(r -> others.stream()
                .anyMatch(o -> r.equals(o) || JARO_WINKLER.apply(r, o) >= STRONG_SIMILARITY));
        return shared ? Level.EXACT : Level.DIFFERENT;
    }
}
