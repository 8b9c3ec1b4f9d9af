package org.refuge.registration.domain;

/** Pre-registered at the border, then individually registered; a record made in error is voided, never deleted. */
public enum HouseholdStatus {
    PRE_REGISTERED, REGISTERED, VOIDED
}
