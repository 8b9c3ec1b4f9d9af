package org.refuge.screening.domain;

/** Triage category of a medical screening. */
public enum Triage {
    IMMEDIATE, URGENT, NON_URGENT
}
