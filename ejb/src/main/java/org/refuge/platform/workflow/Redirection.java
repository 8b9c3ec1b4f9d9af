package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A redirection of a site's work as supervisors read it ({@link TaskRedirect}); {@code tasksMoved} is how many open
 * tasks the redirection moved (or its lifting moved back), given only in the answer to that step.
 */
public record Redirection(UUID id, String group, String fromSite, String toSite, Instant createdAt, String createdBy,
                          Instant liftedAt, String liftedBy, Integer tasksMoved) {

    static Redirection of(TaskRedirect redirect, Integer tasksMoved) {
        return new Redirection(redirect.id(), redirect.candidateGroup(), redirect.fromSite(), redirect.toSite(),
                redirect.createdAt(), redirect.createdBy(), redirect.liftedAt(), redirect.liftedBy(), tasksMoved);
    }

    public boolean inForce() {
        return liftedAt == null;
    }
}
