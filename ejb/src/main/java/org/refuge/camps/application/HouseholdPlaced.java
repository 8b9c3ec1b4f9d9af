package org.refuge.camps.application;

/**
 * Fired (synchronously, in the allocating transaction) when a household is given beds in a camp: allocated there or
 * moved there. Contexts whose work follows the family to its camp (child protection's tasks) move it there.
 */
public record HouseholdPlaced(String registryNumber, String campCode) {
}
