package org.refuge.registration.domain.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Estimates a {@link MatchModel}'s chances from the registry itself (Fellegi-Sunter with expectation-maximisation, as
 * the record-linkage literature does): given the comparison levels of many candidate pairs, of which an unknown share
 * are the same person, it finds that share and, per comparison and level, m (the chance of the level for the same
 * person) and u (for different persons), taking the comparisons as independent given the class. Candidate pairs are
 * chosen because they look alike, which biases u upwards: u is better counted in pairs drawn at random (almost all
 * different persons) and kept fixed while m is estimated. A level never seen in a class keeps a small floor
 * ({@value #FLOOR}), as a model's chances must be above 0. Pure arithmetic.
 */
public final class MatchModelEstimator {

    static final double FLOOR = 1e-6;

    /**
     * The estimate: the share of candidate pairs that are the same person, the chances, how many rounds it took, and
     * the swap cost and name floor of the model it started from (kept as they were).
     */
    public record Estimate(double sameShare, Map<Comparison, Map<Level, MatchModel.Chances>> chances, int rounds,
                           double swapBits, double nameMinShare) {

        /** The estimate as a model's properties, with the thresholds given (see {@link MatchModel#of}). */
        public Properties properties(double askBits, double reviewBits) {
            Properties properties = new Properties();
            properties.setProperty("prior.bits", Double.toString(Math.log(sameShare / (1 - sameShare)) / Math.log(2)));
            properties.setProperty("swap.bits", Double.toString(swapBits));
            properties.setProperty("name.min.share", Double.toString(nameMinShare));
            chances.forEach((comparison, levels) -> levels.forEach((level, c) -> properties.setProperty(comparison + "." + level,
                    String.format(Locale.ROOT, "%.8f %.8f", c.m(), c.u()))));
            properties.setProperty("ask.bits", Double.toString(askBits));
            properties.setProperty("review.bits", Double.toString(reviewBits));
            return properties;
        }
    }

    private static final Comparison[] COMPARISONS = Comparison.values();
    private static final int LEVELS = Level.values().length;

    private MatchModelEstimator() {
    }

    /**
     * Estimates from the pairs' levels (one map per pair; a comparison absent or MISSING says nothing), starting from
     * {@code start} (a model whose agreements favour the same person, such as {@link MatchModel#defaults()}'s
     * properties), until no chance moves by more than {@code tolerance} or after {@code maxRounds}.
     */
    public static Estimate estimate(List<Map<Comparison, Level>> pairs, MatchModel start, double tolerance, int maxRounds) {
        return estimate(pairs, null, start, tolerance, maxRounds);
    }

    /**
     * As {@link #estimate(List, MatchModel, double, int)}, with u counted in {@code randomPairs} (pairs drawn at
     * random) and kept fixed: only the share of same persons and m are estimated from the candidate pairs.
     */
    public static Estimate estimate(List<Map<Comparison, Level>> pairs, List<Map<Comparison, Level>> randomPairs, MatchModel start,
                                    double tolerance, int maxRounds) {
        double[][] m = new double[COMPARISONS.length][LEVELS];
        double[][] u = new double[COMPARISONS.length][LEVELS];
        for (Comparison c : COMPARISONS) {
            for (Level level : MatchScorer.levels(c)) {
                MatchModel.Chances chances = start.chances(c, level);
                m[c.ordinal()][level.ordinal()] = chances.m();
                u[c.ordinal()][level.ordinal()] = chances.u();
            }
        }
        boolean uFixed = randomPairs != null;
        if (uFixed) {
            int[][] random = randomPairs.stream().map(MatchModelEstimator::levels).toArray(int[][]::new);
            double[] none = new double[random.length];
            maximisation(random, none, new double[COMPARISONS.length][LEVELS], u, true, 0);   // all of them different persons
        }
        int[][] levels = pairs.stream().map(MatchModelEstimator::levels).toArray(int[][]::new);
        double share = 0.1;
        int round = 0;
        boolean moved = true;
        while (moved && round < maxRounds) {
            round++;
            double[] same = expectation(levels, m, u, share);
            share = Math.min(1 - FLOOR, Math.max(FLOOR, java.util.Arrays.stream(same).average().orElse(0)));
            moved = maximisation(levels, same, m, u, !uFixed, tolerance);
        }
        return new Estimate(share, chances(m, u), round, start.swapBits(), start.nameMinShare());
    }

    /** Each pair's levels by comparison (-1: missing); a level the comparison cannot reach is refused. */
    private static int[] levels(Map<Comparison, Level> pair) {
        int[] levels = new int[COMPARISONS.length];
        for (Comparison c : COMPARISONS) {
            Level level = pair.getOrDefault(c, Level.MISSING);
            if (level != Level.MISSING && !MatchScorer.levels(c).contains(level)) {
                throw new IllegalArgumentException(c + " has no level " + level);
            }
            levels[c.ordinal()] = level == Level.MISSING ? -1 : level.ordinal();
        }
        return levels;
    }

    /** The chance each pair is the same person, given the current chances. */
    private static double[] expectation(int[][] pairs, double[][] m, double[][] u, double share) {
        double[] same = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            double logSame = Math.log(share);
            double logOther = Math.log(1 - share);
            for (int c = 0; c < COMPARISONS.length; c++) {
                int level = pairs[i][c];
                if (level >= 0) {
                    logSame += Math.log(m[c][level]);
                    logOther += Math.log(u[c][level]);
                }
            }
            same[i] = 1 / (1 + Math.exp(logOther - logSame));
        }
        return same;
    }

    /**
     * The chances again from the pairs weighed by how likely each is the same person (u too unless it is fixed);
     * whether any moved by more than tolerance.
     */
    private static boolean maximisation(int[][] pairs, double[] same, double[][] m, double[][] u, boolean withU, double tolerance) {
        boolean moved = false;
        for (int c = 0; c < COMPARISONS.length; c++) {
            double[] sameAt = new double[LEVELS];
            double[] otherAt = new double[LEVELS];
            for (int i = 0; i < pairs.length; i++) {
                int level = pairs[i][c];
                if (level >= 0) {
                    sameAt[level] += same[i];
                    otherAt[level] += 1 - same[i];
                }
            }
            double sameSum = java.util.Arrays.stream(sameAt).sum();
            double otherSum = java.util.Arrays.stream(otherAt).sum();
            for (Level level : MatchScorer.levels(COMPARISONS[c])) {
                int l = level.ordinal();
                double newM = sameSum == 0 ? m[c][l] : Math.max(FLOOR, sameAt[l] / sameSum);
                double newU = otherSum == 0 || !withU ? u[c][l] : Math.max(FLOOR, otherAt[l] / otherSum);
                moved |= Math.abs(newM - m[c][l]) > tolerance || Math.abs(newU - u[c][l]) > tolerance;
                m[c][l] = newM;
                u[c][l] = newU;
            }
        }
        return moved;
    }

    private static Map<Comparison, Map<Level, MatchModel.Chances>> chances(double[][] m, double[][] u) {
        Map<Comparison, Map<Level, MatchModel.Chances>> chances = new EnumMap<>(Comparison.class);
        for (Comparison c : COMPARISONS) {
            Map<Level, MatchModel.Chances> levels = new EnumMap<>(Level.class);
            for (Level level : MatchScorer.levels(c)) {
                levels.put(level, new MatchModel.Chances(Math.min(1, m[c.ordinal()][level.ordinal()]), Math.min(1, u[c.ordinal()][level.ordinal()])));
            }
            chances.put(c, levels);
        }
        return chances;
    }
}
