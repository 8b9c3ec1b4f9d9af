package org.refuge.assistance.domain;

/**
 * How a follow-up case was closed: the needs are met, the family was referred on to a service that follows it, follow-up
 * turned out not to be needed (or the household was voided), or the family left.
 */
public enum CaseOutcome {
    RESOLVED, REFERRED_ON, NOT_NEEDED, DEPARTED
}
