package org.refuge.screening.domain;

/** What others may know of a medical screening: cleared, referred to hospital, or isolation needed. */
public enum MedicalOutcome {
    CLEARED, REFERRED, ISOLATION
}
