package org.refuge.registration.application;

import java.util.UUID;

/**
 * The workflow port of registration, implemented by the {@code bpmn} module: a registered household starts its
 * arrival process (medical screening and security check in parallel) in the caller's transaction.
 */
public interface ArrivalWorkflow {

    /** Starts the arrival process of a household registered at this site; returns the process instance id. */
    String householdRegistered(UUID householdId, String registryNumber, String siteCode);

    /** A household voided as registered in error: its arrival process ends, with the reason, and its tasks go away. */
    void householdVoided(String registryNumber, String reason);
}
