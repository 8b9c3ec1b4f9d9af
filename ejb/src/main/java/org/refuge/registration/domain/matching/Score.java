package org.refuge.registration.domain.matching;

import java.util.List;

/**
 * A candidate's score: the evidence for being the same person in bits (log2 of the likelihood ratio: the sum of the
 * comparisons' parts, less the model's swap cost when the names were compared crosswise), its band, each comparison's
 * part, and whether given and family name were compared crosswise (swapped at one desk), so that a caseworker sees
 * why it matched.
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
