package org.refuge.registration.domain.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The duplicate check's scoring model (Fellegi-Sunter): for each comparison and level, m, the chance of that level
 * when the two records are the same person, and u, the chance when they are not; a level weighs log2(m/u) bits, a
 * missing value nothing. Two thresholds in bits route a candidate ({@link Band}): at or above {@code ask.bits} the
 * desk is asked, at or above {@code review.bits} a caseworker decides later, below nothing is shown. Names agreeing
 * only crosswise (given and family name swapped) cost {@code swap.bits}; a name's own frequency stands for u no lower
 * than {@code name.min.share}.
 * <p>
 * The model is configuration, not code: it is read from properties ({@code COMPARISON.LEVEL = m u}, {@code ask.bits},
 * {@code review.bits}, {@code swap.bits}, {@code name.min.share}, optionally {@code reference.persons} (see
 * {@link #forRegistry}); {@code prior.bits}, the share of same persons among
 * candidates an estimate found, is kept for reading); {@link #defaults()} reads the one shipped with Refuge
 * ({@code default-model.properties}, values from the record-linkage literature until weights estimated from the
 * registry replace them).
 */
public final class MatchModel {

    /** The chances of one level: m if the same person, u if not; both in (0, 1]. */
    public record Chances(double m, double u) {
        public Chances {
            if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
                throw new IllegalArgumentException("m and u must be in (0, 1]: " + m + " " + u);
            }
        }
    }

    /** How many persons of average names a name's count is shrunk with ({@link #nameShare}). */
    public static final int PRIOR_PERSONS = 10_000;

    private final Map<Comparison, Map<Level, Chances>> chances;
    private final double askBits;
    private final double reviewBits;
    private final double swapBits;
    private final double nameMinShare;
    private final long referencePersons;

    private MatchModel(Map<Comparison, Map<Level, Chances>> chances, double askBits, double reviewBits, double swapBits, double nameMinShare,
                       long referencePersons) {
        this.chances = chances;
        this.askBits = askBits;
        this.reviewBits = reviewBits;
        this.swapBits = swapBits;
        this.nameMinShare = nameMinShare;
        this.referencePersons = referencePersons;
        if (reviewBits > askBits) {
            throw new IllegalArgumentException("review.bits must not be above ask.bits");
        }
        if (swapBits > 0) {
            throw new IllegalArgumentException("swap.bits is a cost: 0 or less");
        }
        if (!(nameMinShare > 0 && nameMinShare < 1)) {
            throw new IllegalArgumentException("name.min.share must be in (0, 1)");
        }
    }

    /** The model shipped with Refuge. */
    public static MatchModel defaults() {
        try (InputStream in = MatchModel.class.getResourceAsStream("default-model.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("the default duplicate-check model cannot be read", e);
        }
    }

    /**
     * A model from its properties: every level but {@link Level#MISSING} a comparison can reach needs its chances.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static MatchModel of(Properties properties) {
        Map<Comparison, Map<Level, Chances>> chances = new EnumMap<>(Comparison.class);
        for (String name : properties.stringPropertyNames()) {
            if (name.endsWith(".bits") || name.endsWith(".share") || name.equals("reference.persons")) {
                continue;
            }
            String[] key = name.split("\\.");
            String[] values = properties.getProperty(name).strip().split("\\s+");
            if (key.length != 2 || values.length != 2) {
                throw new IllegalArgumentException("a model line is COMPARISON.LEVEL = m u, not " + name + " = " + properties.getProperty(name));
            }
            Comparison comparison = Comparison.valueOf(key[0]);
            Level level = Level.valueOf(key[1]);
            if (!MatchScorer.levels(comparison).contains(level)) {
                throw new IllegalArgumentException(comparison + " has no level " + level + " (it reaches " + MatchScorer.levels(comparison) + ")");
            }
            chances.computeIfAbsent(comparison, c -> new EnumMap<>(Level.class))
                    .put(level, new Chances(Double.parseDouble(values[0]), Double.parseDouble(values[1])));
        }
        for (Comparison comparison : Comparison.values()) {
            for (Level level : MatchScorer.levels(comparison)) {
                if (!chances.getOrDefault(comparison, Map.of()).containsKey(level)) {
                    throw new IllegalArgumentException("the model has no chances for " + comparison + "." + level);
                }
            }
        }
        String reference = properties.getProperty("reference.persons", "0").strip();
        if (!reference.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("reference.persons must be a whole number, not " + reference);
        }
        return new MatchModel(chances, number(properties, "ask.bits"), number(properties, "review.bits"), number(properties, "swap.bits"),
                number(properties, "name.min.share"), Long.parseLong(reference));
    }

    /**
     * The model for a registry of this many persons: above {@code reference.persons}, the size the thresholds were set
     * for, both rise by log2(persons / reference.persons) bits, as the odds that any one registered person is the one at
     * the desk fall with their number (a namesake is likelier among more); at or below it, or without a reference, they
     * stay.
     */
    public MatchModel forRegistry(long persons) {
        if (referencePersons <= 0 || persons <= referencePersons) {
            return this;
        }
        double rise = log2((double) persons / referencePersons);
        return new MatchModel(chances, askBits + rise, reviewBits + rise, swapBits, nameMinShare, persons);
    }

    private static double number(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("the model has no " + name);
        }
        double number = Double.parseDouble(value.strip());
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(name + " must be a number, not " + value);
        }
        return number;
    }

    /** The weight of a level in bits: log2(m/u); a missing value weighs nothing. */
    public double bits(Comparison comparison, Level level) {
        if (level == Level.MISSING) {
            return 0;
        }
        Chances c = chances.get(comparison).get(level);
        return log2(c.m() / c.u());
    }

    /**
     * The weight of an exact agreement on a value that {@code share} of all persons have (a name's frequency): the
     * chance that two different persons agree on it is its share (no lower than {@code name.min.share}), not the
     * average u, so a common name agrees for fewer bits than a rare one, though never for fewer than a close spelling.
     * An unknown share (0 or less) leaves the model's u.
     */
    public double bits(Comparison comparison, Level level, double share) {
        if (level != Level.EXACT || share <= 0) {
            return bits(comparison, level);
        }
        double exact = log2(chances.get(comparison).get(level).m() / Math.min(1, Math.max(share, nameMinShare)));
        return MatchScorer.levels(comparison).contains(Level.STRONG) ? Math.max(exact, bits(comparison, Level.STRONG)) : exact;
    }

    /**
     * The share of persons that a name (a part's key, or {@code comparison} null for a whole name) stands for when
     * {@code others} of {@code persons} registered persons carry it: shrunk towards the model's chance of names agreeing
     * by chance (u of an exact given and family name, their product for a whole name), as if {@value #PRIOR_PERSONS}
     * more persons of average names were registered. A small registry's counts say little (five namesakes among 300
     * persons stay a match); among millions the counts speak for themselves, and a name no one else carries weighs most.
     */
    public double nameShare(Comparison comparison, long others, long persons) {
        double u = comparison == null
                ? chances(Comparison.GIVEN_NAME, Level.EXACT).u() * chances(Comparison.FAMILY_NAME, Level.EXACT).u()
                : chances(comparison, Level.EXACT).u();
        return (Math.max(0, others) + PRIOR_PERSONS * u) / (Math.max(0, persons) + PRIOR_PERSONS);
    }

    /** The lowest share of persons a name's frequency counts for. */
    public double nameMinShare() {
        return nameMinShare;
    }

    /** What names agreeing only crosswise cost (0 or less). */
    public double swapBits() {
        return swapBits;
    }

    /** The chances of a level the comparison can reach (not {@link Level#MISSING}). */
    public Chances chances(Comparison comparison, Level level) {
        return chances.get(comparison).get(level);
    }

    public Band band(double bits) {
        return bits >= askBits ? Band.ASK : bits >= reviewBits ? Band.REVIEW : Band.NONE;
    }

    public double askBits() {
        return askBits;
    }

    public double reviewBits() {
        return reviewBits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
