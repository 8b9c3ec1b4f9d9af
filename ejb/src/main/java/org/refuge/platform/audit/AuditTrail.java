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
}
