package org.refuge.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.Session;

/**
 * A person's pauses between two steps: drawn from a log-normal distribution around the step's mean (most pauses near
 * it, a long tail of slower ones, as measured human task times are), kept between a fifth and four times the mean,
 * and scaled by the run's think factor. A fixed pause would make every desk call at the same beat.
 */
final class Think {

    /** The spread of the logarithm: about two thirds of the pauses fall within 0.6 and 1.6 times the median. */
    static final double SIGMA = 0.5;

    private static volatile double factor = 1.0;

    private Think() {
    }

    /** The run's think factor (1 = a person's pace). */
    static void scale(double think) {
        factor = think;
    }

    /** A pause for Gatling's {@code pause(...)}, around {@code meanSeconds}. */
    static Function<Session, Duration> around(double meanSeconds) {
        return session -> Duration.ofMillis(Math.round(draw(meanSeconds * factor, ThreadLocalRandom.current().nextGaussian()) * 1000));
    }

    /**
     * The pause in seconds for a standard normal draw {@code z}: {@code mean · exp(σz − σ²/2)}, whose mean is
     * {@code mean}, clipped to [mean/5, 4·mean].
     */
    static double draw(double meanSeconds, double z) {
        double value = meanSeconds * Math.exp(SIGMA * z - SIGMA * SIGMA / 2);
        return Math.max(meanSeconds / 5, Math.min(meanSeconds * 4, value));
    }
}
