package org.refuge.platform.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.security.CurrentUser;

/**
 * Writes the audit trail inside the caller's transaction, so an audited change and its audit line commit
 * or roll back together. Called by services only; it checks no roles of its own.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    private final Clock clock = Clock.systemUTC();

    public void record(AuditAction action, String recordType, String recordId, String purpose) {
        em.persist(new AuditEvent(Instant.now(clock), currentUser.username(), action, recordType, recordId,
                purpose, origin.clientAddress()));
    }

    /** The actor of what Refuge does by itself (a timer's work), as the registry's history names it too. */
    public static final String SYSTEM = "system";

    /** Records what Refuge did by itself, without a user or a client address (a timer's work). */
    public void recordBySystem(AuditAction action, String recordType, String recordId, String purpose) {
        em.persist(new AuditEvent(Instant.now(clock), SYSTEM, action, recordType, recordId, purpose, null));
    }
}
