package org.refuge.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.security.Roles;

/**
 * The auditor reads the trail, newest first, a page at a time, filtered by actor, action, record and period: who did
 * what to which record, when, from where and for what purpose; never the record's content (purposes name records,
 * not persons). Reading it is audited too. The total is counted up to {@value #COUNT_CAP} events and then said to be
 * "at least" that, so that a page of millions answers as fast as a page of hundreds.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditLogService {

    static final int COUNT_CAP = 100_000;

    /**
     * Filter of the audit view; null fields do not filter. {@code record} is a record's id (a registry number, a
     * person's id, a document number …) or a record type ("Household", "IdentityDocument" …).
     */
    public record AuditFilter(String actor, AuditAction action, Instant from, Instant to, String record, Long upToId) {
        public AuditFilter(String actor, AuditAction action, Instant from, Instant to) {
            this(actor, action, from, to, null, null);
        }

        public AuditFilter(String actor, AuditAction action, Instant from, Instant to, String record) {
            this(actor, action, from, to, record, null);
        }
    }

    /** One page of events and the number of all events of the filter ({@code totalCapped}: at least that many). */
    public record AuditPage(List<AuditEvent> events, long total, boolean totalCapped, int first) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    /**
     * How many events the filter finds (capped), without recording a read: a paging screen asks it once and then
     * reads its pages with {@link #search}, each of which is recorded.
     */
    public AuditPage count(@NotNull AuditFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM audit_event" + where(filter, parameters) + " LIMIT :cap) capped");
        parameters.forEach(count::setParameter);
        long total = ((Number) count.setParameter("cap", COUNT_CAP + 1).getSingleResult()).longValue();
        return new AuditPage(List.of(), Math.min(total, COUNT_CAP), total > COUNT_CAP, 0);
    }

    /** The newest event's id: a screen pages below it, so the reads it records itself never shift its pages. */
    public long latestId() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM audit_event").getSingleResult()).longValue();
    }

    public AuditPage search(@NotNull AuditFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        Query page = em.createNativeQuery("SELECT * FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC"
                + " OFFSET :first LIMIT :max", AuditEvent.class);
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM audit_event" + where + " LIMIT :cap) capped");
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<AuditEvent> events = page.setParameter("first", first).setParameter("max", max).getResultList();
        long total = ((Number) count.setParameter("cap", COUNT_CAP + 1).getSingleResult()).longValue();
        trail.record(AuditAction.SEARCH, "AuditEvent", null, "audit review");
        return new AuditPage(events, Math.min(total, COUNT_CAP), total > COUNT_CAP, first);
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            parameters.put("action", filter.action().name());
        }
        if (filter.record() != null && !filter.record().isBlank()) {
            where.add("(record_id = :record OR record_type = :record)");
            parameters.put("record", filter.record().strip());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            parameters.put("to", filter.to());
        }
        if (filter.upToId() != null) {
            where.add("id <= :upTo");
            parameters.put("upTo", filter.upToId());
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}
