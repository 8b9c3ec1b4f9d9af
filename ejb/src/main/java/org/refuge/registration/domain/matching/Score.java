package org.refuge.registration.domain.matching;

import java.util.List;

/**
 * A candidate's score: the evidence for being the same person in bits (log2 of the likelihood ratio, summed over
 * the comparisons), its band, each comparison's part of it, and whether the names agreed only crosswise (given and
 * family name swapped), so that a caseworker sees why it matched.
 */
public record Score(double bits, Band band, List<Contribution> contributions, boolean namesSwapped) {

    /** One comparison's level and the bits it adds (negative: evidence against; 0: a value missing). */
    public record Contribution(Comparison comparison, Level level, double bits) {
    }

    public Score {
        contributions = List.copyOf(contributions);
    }

    /** The contribution of this comparison. */
    public Contribution of(Comparison comparison) {
        return contributions.stream().filter(c -> c.comparison() == comparison).findFirst().orElseThrow();
    }
}
