package org.refuge.assistance.application;

import java.time.Instant;

import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The follow-up process of a household with specific needs (port; the bpmn module drives it): a "follow up" task for
 * the social workers of the case's site while the case is open, and the supervisor called when the case escalates
 * ({@code FollowUpDeadlines.escalateAt}). Business key: the registry number.
 */
public interface FollowUpWorkflow {

    /** Starts the process of a case just opened, its task at {@code site}. */
    void opened(RegistryNumber registryNumber, SiteCode site, Instant escalateAt);

    /**
     * The case changed (an action recorded or completed, the family contacted): its task moves to {@code site} and, when
     * the escalation time moved, the "follow up" task is renewed with its timer at the new time (its holder keeps it).
     */
    void changed(RegistryNumber registryNumber, SiteCode site, Instant escalateAt);

    /** The case was closed: its process ends with every task it had, the supervisor's included. */
    void closed(RegistryNumber registryNumber);
}
