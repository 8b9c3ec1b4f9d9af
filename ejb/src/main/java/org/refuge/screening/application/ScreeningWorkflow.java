package org.refuge.screening.application;

import java.util.UUID;

import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The workflow port of screening, implemented by the {@code bpmn} module, in the caller's transaction: a member's
 * screening tasks (medical screening, and the security check when due) are started for their household, and a
 * household whose members are all screened moves on in its arrival process (allocation waits for it).
 */
public interface ScreeningWorkflow {

    /**
     * Starts a member's screening at the household's site: a medical screening task unless {@code medical} is false
     * (inherited), a security check task when {@code security}. Nothing is started when both are false.
     */
    void personRegistered(RegistryNumber household, UUID householdId, PersonId person, SiteCode site, boolean medical,
                          boolean security);

    /** A person is no longer registered (merged into an earlier record): their screening tasks end, with the reason. */
    void personGone(PersonId person, String reason);

    /** Every member of the household is screened: its arrival process, if it waits for screening, moves on. */
    void householdScreened(RegistryNumber household);
}
