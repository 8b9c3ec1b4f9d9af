package org.refuge.registration.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Expectation-maximisation finds the chances a set of candidate pairs was drawn with. */
class MatchModelEstimatorTest {

    /** The chances the pairs are drawn with: per comparison, m then u for each level in the order of MatchScorer.levels. */
    private static final Map<Comparison, double[][]> TRUTH = new EnumMap<>(Map.of(
            Comparison.GIVEN_NAME, new double[][] {{0.70, 0.15, 0.10, 0.05}, {0.05, 0.05, 0.10, 0.80}},
            Comparison.FAMILY_NAME, new double[][] {{0.60, 0.20, 0.10, 0.10}, {0.02, 0.03, 0.15, 0.80}},
            Comparison.BIRTH_DATE, new double[][] {{0.75, 0.05, 0.05, 0.05, 0.05, 0.05}, {0.01, 0.01, 0.03, 0.05, 0.10, 0.80}},
            Comparison.SEX, new double[][] {{0.95, 0.05}, {0.50, 0.50}}));
    private static final double SAME_SHARE = 0.2;

    @Test
    void theChancesAndTheShareOfSamePersons_areFoundAgainWithinTwoHundredths_fromPairsDrawnWithThem() {
        List<Map<Comparison, Level>> pairs = pairs(50_000, SAME_SHARE, new Random(20261207));

        MatchModelEstimator.Estimate estimate = MatchModelEstimator.estimate(pairs, MatchModel.defaults(), 1e-7, 500);

        assertThat(estimate.sameShare()).isCloseTo(SAME_SHARE, within(0.02));
        TRUTH.forEach((comparison, chances) -> {
            List<Level> levels = MatchScorer.levels(comparison);
            for (int l = 0; l < levels.size(); l++) {
                MatchModel.Chances found = estimate.chances().get(comparison).get(levels.get(l));
                assertThat(found.m()).as(comparison + "." + levels.get(l) + " m").isCloseTo(chances[0][l], within(0.02));
                assertThat(found.u()).as(comparison + "." + levels.get(l) + " u").isCloseTo(chances[1][l], within(0.02));
            }
        });
        assertThat(estimate.rounds()).isLessThan(500);
    }

    @Test
    void withUCountedInRandomPairs_uStaysAsCounted_andMAndTheShareAreFound() {
        Random random = new Random(7);
        List<Map<Comparison, Level>> candidates = pairs(50_000, SAME_SHARE, random);
        List<Map<Comparison, Level>> randomPairs = pairs(50_000, 0, random);

        MatchModelEstimator.Estimate estimate = MatchModelEstimator.estimate(candidates, randomPairs, MatchModel.defaults(), 1e-7, 500);

        assertThat(estimate.sameShare()).isCloseTo(SAME_SHARE, within(0.02));
        TRUTH.forEach((comparison, chances) -> {
            List<Level> levels = MatchScorer.levels(comparison);
            for (int l = 0; l < levels.size(); l++) {
                MatchModel.Chances found = estimate.chances().get(comparison).get(levels.get(l));
                assertThat(found.u()).as(comparison + "." + levels.get(l) + " u").isCloseTo(chances[1][l], within(0.01));
                assertThat(found.m()).as(comparison + "." + levels.get(l) + " m").isCloseTo(chances[0][l], within(0.02));
            }
        });
    }

    @Test
    void aLevelTheComparisonCannotReach_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchModelEstimator.estimate(
                List.of(Map.of(Comparison.SEX, Level.PARTIAL)), MatchModel.defaults(), 1e-7, 5)).hasMessageContaining("SEX has no level PARTIAL");
    }

    @Test
    void anEstimate_becomesAModelThatScores_withTheThresholdsGiven() {
        List<Map<Comparison, Level>> pairs = List.of(
                Map.of(Comparison.GIVEN_NAME, Level.EXACT, Comparison.BIRTH_DATE, Level.EXACT),
                Map.of(Comparison.GIVEN_NAME, Level.DIFFERENT, Comparison.BIRTH_DATE, Level.DIFFERENT));

        MatchModel model = MatchModel.of(MatchModelEstimator.estimate(pairs, MatchModel.defaults(), 1e-7, 50).properties(20, 10));

        assertThat(model.askBits()).isEqualTo(20);
        assertThat(model.bits(Comparison.GIVEN_NAME, Level.EXACT)).isGreaterThan(model.bits(Comparison.GIVEN_NAME, Level.DIFFERENT));
    }

    /** Pairs drawn with the truth's chances, {@code sameShare} of them the same person. */
    private static List<Map<Comparison, Level>> pairs(int count, double sameShare, Random random) {
        List<Map<Comparison, Level>> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean same = random.nextDouble() < sameShare;
            Map<Comparison, Level> pair = new EnumMap<>(Comparison.class);
            TRUTH.forEach((comparison, chances) -> pair.put(comparison, draw(MatchScorer.levels(comparison), chances[same ? 0 : 1], random)));
            pairs.add(pair);
        }
        return pairs;
    }

    private static Level draw(List<Level> levels, double[] chances, Random random) {
        double r = random.nextDouble();
        for (int l = 0; l < levels.size(); l++) {
            r -= chances[l];
            if (r < 0) {
                return levels.get(l);
            }
        }
        return levels.get(levels.size() - 1);
    }
}
