package org.refuge.protection.application;

import java.time.Instant;
import java.util.List;

/**
 * The identity-document process of a protected household (port; the bpmn module drives it): the three-day clock
 * from registration to handover, escalation and breach, then renewal before the protection expires.
 */
public interface DocumentsWorkflow {

    /** The decisions a caseworker can take on renewal. */
    enum Renewal { RENEW, TRAVEL_DOCUMENT, TERMINATE }

    /** Starts the household's process at its first grant; a household that has one keeps it. */
    void protectionGranted(String registryNumber, String siteCode, Instant registeredAt, Instant renewalAt);

    /** Every protected member holds a handed-over document: ends the clock, or the renewal's police task. */
    void documentsHandedOver(String registryNumber);

    /** The caseworker's renewal decision completes the renewal task; false when no renewal is due. */
    boolean renewalDecided(String registryNumber, Renewal decision, Instant nextRenewalAt, String user);

    /** Registry numbers whose renewal decision is due now, oldest first. */
    List<String> renewalsDue(int max);

    /** A voided household's process ends. */
    void householdVoided(String registryNumber);
}
