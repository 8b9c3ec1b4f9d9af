package org.refuge.registration.application;

import java.util.UUID;

import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The workflow port of registration, implemented by the {@code bpmn} module: a registered household starts its
 * arrival process (medical screening and security check in parallel) in the caller's transaction.
 */
public interface ArrivalWorkflow {

    /** Starts the arrival process of a household registered at this site; returns the process instance id. */
    String householdRegistered(UUID householdId, RegistryNumber number, SiteCode site);

    /** A household voided as registered in error: its arrival process ends, with the reason, and its tasks go away. */
    void householdVoided(RegistryNumber number, String reason);
}
