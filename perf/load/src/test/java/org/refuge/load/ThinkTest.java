package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The pauses' distribution: their mean, their tail and their bounds. */
class ThinkTest {

    @Test
    void pausesAverageTheirMean_withATailOfSlowerOnes() {
        Random random = new Random(16);
        double sum = 0;
        int longer = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double pause = Think.draw(10, random.nextGaussian());
            sum += pause;
            if (pause > 15) longer++;
        }
        assertThat(sum / n).isCloseTo(10, within(0.3));
        assertThat((double) longer / n).as("a long tail: some pauses half as long again").isBetween(0.10, 0.25);
    }

    @Test
    void aPauseStaysBetweenAFifthAndFourTimesTheMean() {
        assertThat(Think.draw(10, -9)).isEqualTo(2);
        assertThat(Think.draw(10, 9)).isEqualTo(40);
    }
}
