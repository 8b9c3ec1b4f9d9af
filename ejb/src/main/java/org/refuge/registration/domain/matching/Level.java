package org.refuge.registration.domain.matching;

/**
 * How far two values of one {@link Comparison} agree, from the same value to different ones. What each level means
 * depends on the comparison ({@link MatchScorer} says); a comparison that cannot be made (a value either side lacks,
 * documents of different kinds, an estimated birth date within its margin) is {@link #MISSING} and weighs nothing.
 */
public enum Level {
    EXACT, STRONG, PARTIAL, COMPATIBLE, WEAK, DIFFERENT, MISSING
}
