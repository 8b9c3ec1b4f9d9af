package org.refuge.registration.application;

/**
 * Fired (synchronously, in the registering transaction) when a household's registered members change: a member
 * registered, corrected, linked from or merged into another household. Other contexts that rank households by their
 * members' needs (the allocation queue) rank it again.
 */
public record HouseholdMembersChanged(String registryNumber) {
}
