package org.refuge.registration.application;

import java.time.Instant;

/**
 * Fired (synchronously, in the registering transaction) when a household is pre-registered: other contexts count
 * arrivals from it, e.g. against the threshold of an influx event.
 */
public record HouseholdArrived(String registryNumber, String siteCode, int persons, Instant arrivedAt) {
}
