package org.refuge.assistance.domain;

/** Whom an entitlement's quantity is for: each eligible person, or the household as a whole. */
public enum Per {
    PERSON, HOUSEHOLD
}
