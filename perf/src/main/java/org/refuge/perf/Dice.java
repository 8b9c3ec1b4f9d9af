package org.refuge.perf;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * The synthetic generator's random choices, all from one {@link SplittableRandom}, so that one seed gives one stream.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    int between(int from, int to) {
        return from >= to ? from : random.nextInt(from, to + 1);
    }

    <T> T pickOne(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) return values[i];
        }
        return values[values.length - 1];
    }

    <T> T pick(T[] values, ToIntFunction<T> weight) {
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
