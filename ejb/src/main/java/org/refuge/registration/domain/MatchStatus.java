package org.refuge.registration.domain;

/** A possible duplicate: not yet decided, the same person, or a different person. */
public enum MatchStatus {
    OPEN, SAME, DIFFERENT
}
