package org.refuge.registration.domain;

/** Marital status as declared. */
public enum MaritalStatus {
    SINGLE, MARRIED, WIDOWED, DIVORCED, SEPARATED
}
