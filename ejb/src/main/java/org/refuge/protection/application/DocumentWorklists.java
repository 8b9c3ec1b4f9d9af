package org.refuge.protection.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;

/**
 * The read side of the three-day clock: the police queue of persons waiting for their identity document and the
 * supervisors' deadline lists, each counted and paged in SQL within the reader's sites, so that no list is cut
 * without saying so. Rows with the same deadline are ordered by registry number and person, so that pages never
 * overlap nor skip a row.
 */
@Stateless
public class DocumentWorklists {

    /** Under this much time left before the deadline, a person is at risk. */
    public static final Duration AT_RISK = Duration.ofHours(24);

    /**
     * Protected persons without a handed-over document that covers their protection and when their clock started:
     * three days from registration for the first document; from the extension for a renewed one (produced or not
     * yet); from the loss or theft for a replacement.
     */
    private static final String WAITING = """
            WITH waiting AS (
                SELECT m.registry_number AS registry_number, m.person_id AS person_id, m.name AS name,
                       CASE WHEN d.status = 'HANDED_OVER'
                                 OR (SELECT r.status FROM identity_document r WHERE r.id = d.replaces) = 'REPLACED' THEN s.changed_at
                            ELSE coalesce((SELECT max(x.ended_at) FROM identity_document x WHERE x.person_id = m.person_id
                                           AND x.handed_over_at IS NOT NULL AND x.ended_at IS NOT NULL), m.registered_at) END AS started,
                       d.number AS document_number, d.status AS document_status
                FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
                LEFT JOIN identity_document d ON d.person_id = m.person_id AND d.status IN ('PRODUCED', 'HANDED_OVER')
                WHERE s.status IN ('GRANTED', 'EXTENDED') AND m.person_status = 'REGISTERED'
                  AND (d.status IS NULL OR d.status = 'PRODUCED' OR d.valid_until < s.valid_until)
                  AND (:all OR m.site_code IN (:sites)))
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** A person with protection and the three-day clock of their document. */
    public record Waiting(String registryNumber, UUID personId, String name, Instant registeredAt, Instant deadline,
                          String documentNumber, String documentStatus) {
        public boolean breached(Instant now) {
            return now.isAfter(deadline);
        }
    }

    /** A breach of the three-day deadline recorded by the process, with the late handover if it came since. */
    public record Breach(String registryNumber, String siteCode, Instant deadline, Instant recordedAt, int personsWaiting,
                         Instant handedOverAt, Instant closedAt, String closedReason) {
    }

    /**
     * The supervisors' figures of the three-day clock: persons past the deadline and within 24 hours of it now, the
     * breaches recorded, how many were handed over late, and how many still wait ({@code stillWaiting}: recorded
     * breaches neither handed over late nor closed, as when the household was voided or its protection ended).
     */
    public record DeadlineTotals(long overdue, long atRisk, long breachesTotal, long lateHandovers, long stillWaiting) {
    }

    /**
     * The police queue: protected persons of the reader's sites waiting for a document that covers their protection,
     * with their three-day deadline ({@code registeredAt} is when the clock started), most urgent first.
     */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR})
    public Page<Waiting> queue(@NotNull PageRequest request) {
        return waiting("TRUE", null, null, request);
    }

    /** Persons of the reader's sites still waiting for their document past the deadline, most overdue first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Waiting> overdue(@NotNull PageRequest request) {
        Instant now = Instant.now(clock);
        return waiting("started < :before", now.minus(DocumentService.DEADLINE), null, request);
    }

    /** Persons of the reader's sites within 24 hours of their deadline, the closest first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Waiting> atRisk(@NotNull PageRequest request) {
        Instant now = Instant.now(clock);
        return waiting("started < :before AND started >= :from", now.minus(DocumentService.DEADLINE).plus(AT_RISK),
                now.minus(DocumentService.DEADLINE), request);
    }

    /** The breaches the identity-document process recorded at the reader's sites, latest first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Breach> breaches(@NotNull PageRequest request) {
        long total = ((Number) scoped(em.createNativeQuery("SELECT count(*) FROM document_deadline_breach b "
                + "WHERE (:all OR b.site_code IN (:sites))")).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = scoped(em.createNativeQuery("""
                SELECT b.registry_number AS registry_number, b.site_code AS site_code, b.deadline AS deadline,
                       b.recorded_at AS recorded_at, b.persons_waiting AS persons_waiting, b.handed_over_at AS handed_over_at,
                       b.closed_at AS closed_at, b.closed_reason AS closed_reason
                FROM document_deadline_breach b WHERE (:all OR b.site_code IN (:sites))
                ORDER BY b.recorded_at DESC, b.household_id
                OFFSET :first LIMIT :size""", Tuple.class))
                .setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        return Page.of(rows.stream().map(r -> new Breach(r.get("registry_number", String.class), r.get("site_code", String.class),
                SqlValues.instant(r.get("deadline")), SqlValues.instant(r.get("recorded_at")), ((Number) r.get("persons_waiting")).intValue(),
                SqlValues.instant(r.get("handed_over_at")), SqlValues.instant(r.get("closed_at")), r.get("closed_reason", String.class)))
                .toList(), total, request);
    }

    /** The figures above the supervisors' lists, counted over the reader's sites. */
    @RolesAllowed(Roles.SUPERVISOR)
    public DeadlineTotals totals() {
        Instant now = Instant.now(clock);
        Instant overdueBefore = now.minus(DocumentService.DEADLINE);
        Tuple waiting = (Tuple) scoped(em.createNativeQuery(WAITING + """
                SELECT count(*) FILTER (WHERE started < :before) AS overdue,
                       count(*) FILTER (WHERE started >= :before AND started < :soon) AS at_risk
                FROM waiting""", Tuple.class)).setParameter("before", overdueBefore)
                .setParameter("soon", overdueBefore.plus(AT_RISK)).getSingleResult();
        Tuple breaches = (Tuple) scoped(em.createNativeQuery("""
                SELECT count(*) AS breaches, count(handed_over_at) AS late,
                       count(*) FILTER (WHERE handed_over_at IS NULL AND closed_at IS NULL) AS still_waiting
                FROM document_deadline_breach WHERE (:all OR site_code IN (:sites))""", Tuple.class)).getSingleResult();
        return new DeadlineTotals(count(waiting, "overdue"), count(waiting, "at_risk"), count(breaches, "breaches"),
                count(breaches, "late"), count(breaches, "still_waiting"));
    }

    /** A page of the waiting persons that match {@code condition} (on {@code started}), ordered by deadline. */
    private Page<Waiting> waiting(String condition, Instant before, Instant from, PageRequest request) {
        Query count = scoped(em.createNativeQuery(WAITING + "SELECT count(*) FROM waiting WHERE " + condition));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = times(scoped(em.createNativeQuery(WAITING + "SELECT * FROM waiting WHERE " + condition
                + " ORDER BY started, registry_number, person_id OFFSET :first LIMIT :size", Tuple.class)), before, from)
                .setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        long total = ((Number) times(count, before, from).getSingleResult()).longValue();
        return Page.of(rows.stream().map(r -> {
            Instant started = SqlValues.instant(r.get("started"));
            return new Waiting(r.get("registry_number", String.class), r.get("person_id", UUID.class), r.get("name", String.class), started,
                    started.plus(DocumentService.DEADLINE), r.get("document_number", String.class), r.get("document_status", String.class));
        }).toList(), total, request);
    }

    private static Query times(Query query, Instant before, Instant from) {
        if (before != null) {
            query.setParameter("before", before);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        return query;
    }

    /** The reader's sites, as the queries' {@code :all} and {@code :sites}. */
    private Query scoped(Query query) {
        return query.setParameter("all", currentUser.seesAllSites())
                .setParameter("sites", currentUser.sites().isEmpty() ? List.of("") : currentUser.sites());
    }

    private static long count(Tuple row, String alias) {
        return ((Number) row.get(alias)).longValue();
    }
}
