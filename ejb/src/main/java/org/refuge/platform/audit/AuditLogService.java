package org.refuge.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.Roles;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * The auditor reads the trail, newest first, a page at a time, filtered by actor, action, record, household, person and
 * period: who did what to which record, when, from where and for what purpose; never the record's content (purposes
 * name records, not persons). Reading it is audited too. The total is counted up to {@value #COUNT_CAP} events and
 * then said to be "at least" that, so that a page of millions answers as fast as a page of hundreds.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditLogService {

    static final int COUNT_CAP = 100_000;

    /**
     * Filter of the audit view; null fields do not filter. {@code record} is a record's id (a registry number, a
     * person's id, a document number …) or a record type ("Household", "IdentityDocument" …). {@code household} finds
     * the events of the family's records: the household's own, its members' and theirs ({@link AuditedRecords});
     * {@code person} those of one person's records. {@code upToId}: only events up to this one, so that a screen's
     * pages stay put while the reads they record are added.
     */
    public record AuditFilter(String actor, AuditAction action, Instant from, Instant to, String record, RegistryNumber household,
                              PersonId person, Long upToId) {
        public AuditFilter(String actor, AuditAction action, Instant from, Instant to) {
            this(actor, action, from, to, null, null, null, null);
        }

        public AuditFilter(String actor, AuditAction action, Instant from, Instant to, String record) {
            this(actor, action, from, to, record, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    @Any
    Instance<AuditedRecords> records;

    /** The newest event's id: a screen pages below it, so the reads it records itself never shift its pages. */
    public long latestId() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM audit_event").getSingleResult()).longValue();
    }

    /** A page of the events the filter finds, newest first, with their number (capped: {@code totalIsAtLeast}). */
    public Page<AuditEvent> search(@NotNull AuditFilter filter, @NotNull PageRequest request) {
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
        List<AuditEvent> events = page.setParameter("first", request.first()).setParameter("max", request.size()).getResultList();
        long cap = request.countCap(COUNT_CAP);
        long total = ((Number) count.setParameter("cap", cap + 1).getSingleResult()).longValue();
        trail.record(AuditAction.SEARCH, "AuditEvent", null, "audit review");
        return new Page<>(events, Math.min(total, cap), total > cap, request.first(), request.size());
    }

    /** The record ids of the family or the person the filter names, as every context writes them in the trail. */
    private Set<String> recordIds(AuditFilter filter) {
        Set<String> ids = new TreeSet<>();
        if (filter.household() != null) {
            ids.add(filter.household().value());
            records.forEach(context -> ids.addAll(context.ofHousehold(filter.household())));
        }
        if (filter.person() != null) {
            Set<String> ofPerson = new TreeSet<>();
            ofPerson.add(filter.person().value().toString());
            records.forEach(context -> ofPerson.addAll(context.ofPerson(filter.person())));
            if (filter.household() == null) {
                ids.addAll(ofPerson);
            } else {
                ids.retainAll(ofPerson);   // both: the person's records, if the person is of that household
                if (ids.isEmpty()) {
                    ids.add("");           // nothing matches, and "no filter" must not follow from it
                }
            }
        }
        return ids;
    }

    private String where(AuditFilter filter, Map<String, Object> parameters) {
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
        Set<String> ids = recordIds(filter);
        if (!ids.isEmpty()) {
            where.add("record_id IN (:ids)");
            parameters.put("ids", List.copyOf(ids));
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
