package org.refuge.registration.domain.matching;

/**
 * How far two values of one {@link Comparison} agree, from the same value to different ones. What each level means
 * depends on the comparison ({@link MatchScorer} says); a value one side lacks is {@link #MISSING} and weighs nothing.
 */
public enum Level {
    EXACT, STRONG, PARTIAL, WEAK, DIFFERENT, MISSING
}
