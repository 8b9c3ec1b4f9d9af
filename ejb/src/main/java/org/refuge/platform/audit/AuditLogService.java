package org.refuge.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.refuge.platform.security.Roles;

/** The auditor reads the trail, newest first, filtered by actor, action and period. Reading it is audited too. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditLogService {

    /** Filter of the audit view; null fields do not filter. */
    public record AuditFilter(String actor, AuditAction action, Instant from, Instant to) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    public List<AuditEvent> search(AuditFilter filter, int first, int max) {
        List<String> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) where.add("e.actor = :actor");
        if (filter.action() != null) where.add("e.action = :action");
        if (filter.from() != null) where.add("e.occurredAt >= :from");
        if (filter.to() != null) where.add("e.occurredAt < :to");
        String jpql = "select e from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.occurredAt desc, e.id desc";
        TypedQuery<AuditEvent> query = em.createQuery(jpql, AuditEvent.class);
        if (filter.actor() != null && !filter.actor().isBlank()) query.setParameter("actor", filter.actor().trim());
        if (filter.action() != null) query.setParameter("action", filter.action());
        if (filter.from() != null) query.setParameter("from", filter.from());
        if (filter.to() != null) query.setParameter("to", filter.to());
        trail.record(AuditAction.SEARCH, "AuditEvent", null, "audit review");
        return query.setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }
}
