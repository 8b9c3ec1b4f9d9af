package org.refuge.protection.application;

import java.time.Instant;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The identity-document process of a protected household (port; the bpmn module drives it): the three-day clock
 * from registration to handover, escalation and breach, then renewal before the protection expires.
 */
public interface DocumentsWorkflow {

    /** The decisions a caseworker can take on renewal. */
    enum Renewal { RENEW, TRAVEL_DOCUMENT, TERMINATE }

    /**
     * Starts the household's process at its first grant; a household that has one keeps it. A household whose
     * process has ended (protection terminated, then granted again) starts its clock at this grant.
     */
    void protectionGranted(RegistryNumber registryNumber, SiteCode siteCode, Instant registeredAt, Instant renewalAt);

    /** Every protected member holds a handed-over document: ends the clock, or the renewal's police task. */
    void documentsHandedOver(RegistryNumber registryNumber);

    /** The household's protection now runs longer (an extension outside the renewal task): renewal moves with it. */
    void renewalMoved(RegistryNumber registryNumber, Instant renewalAt);

    /** The caseworker's renewal decision completes the renewal task; false when no renewal is due. */
    boolean renewalDecided(RegistryNumber registryNumber, Renewal decision, Instant nextRenewalAt, String user);

    /** Whether the household's renewal decision is due now. */
    boolean renewalDue(RegistryNumber registryNumber);

    /** Nobody in the household is protected any more: its process ends. */
    void protectionEnded(RegistryNumber registryNumber);

    /** Registry numbers whose renewal decision is due now, oldest first: one page, with how many are due in all. */
    Page<String> renewalsDue(PageRequest request);

    /** A voided household's process ends. */
    void householdVoided(RegistryNumber registryNumber);
}
