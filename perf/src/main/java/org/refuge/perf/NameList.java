package org.refuge.perf;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names ranked from the commonest, each with the chance of being drawn: a Zipf-Mandelbrot law w(r) ∝ 1/(r+q)^s over the
 * ranks, as surnames and given names follow it, optionally with fixed shares for the first ranks (an Arab man is
 * Mohammed far more often than any smooth law gives). Drawing is a binary search in the cumulative shares, with the
 * caller's random numbers, so a generator's stream stays the same for the same seed.
 */
final class NameList {

    private final List<Name> names;
    /** cumulative[i]: the chance of drawing one of names 0..i; the last is 1. */
    private final double[] cumulative;

    private NameList(List<Name> names, double[] cumulative) {
        this.names = List.copyOf(names);
        this.cumulative = cumulative;
    }

    /**
     * Names ranked 1, 2, ... in list order, weighted by 1/(r+q)^s; {@code headShares} fixes the shares of the first
     * ranks (may be empty), and the law shares the rest among the others.
     */
    static NameList zipf(List<Name> ranked, double s, double q, double... headShares) {
        if (ranked.isEmpty() || headShares.length >= ranked.size()) {
            throw new IllegalArgumentException("A ranked list needs more names than fixed shares: " + ranked.size());
        }
        int n = ranked.size();
        double[] weights = new double[n];
        double head = 0;
        double tail = 0;
        for (int i = 0; i < n; i++) {
            if (i < headShares.length) {
                weights[i] = headShares[i];
                head += headShares[i];
            } else {
                weights[i] = 1 / Math.pow(i + 1 + q, s);
                tail += weights[i];
            }
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += i < headShares.length ? weights[i] : weights[i] / tail * (1 - head);
            cumulative[i] = sum;
        }
        cumulative[n - 1] = 1;
        return new NameList(ranked, cumulative);
    }

    Name draw(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return names.get(i >= 0 ? i : -i - 1);
    }

    /** A name other than {@code other} (a twin's): drawn again until it differs. */
    Name drawOtherThan(Name other, SplittableRandom random) {
        Name name = draw(random);
        for (int tries = 0; name.equals(other) && tries < 20; tries++) {
            name = draw(random);
        }
        if (!name.equals(other) || names.size() == 1) {
            return name;
        }
        return names.get(names.get(0).equals(other) ? 1 : 0);
    }

    List<Name> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The chance of drawing one of the {@code top} commonest names. */
    double share(int top) {
        return cumulative[Math.min(top, cumulative.length) - 1];
    }

    /** The chance of drawing the name of rank {@code index + 1}. */
    double chance(int index) {
        return cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
    }
}
