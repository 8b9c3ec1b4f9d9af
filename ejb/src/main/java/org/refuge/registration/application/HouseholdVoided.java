package org.refuge.registration.application;

/** Fired (synchronously, in the voiding transaction) when a household is voided: other contexts end its processes. */
public record HouseholdVoided(String registryNumber, String reason) {
}
