package org.refuge.protection.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.ListPlans;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.application.WorklistHouseholds;
import org.refuge.shared.SiteCode;

/**
 * The read side of the three-day clock: the police queue of persons waiting for their identity document and the
 * supervisors' deadline lists, each counted and paged in SQL within the reader's sites, so that no list is cut
 * without saying so. Who waits, and since when their clock runs, is kept in {@code protection_card_wait} in the
 * transaction of every change by the one copy of the rule ({@code protection_card_waiting()}, V65: three days from
 * registration for the first document; from the extension for a renewed one; from the loss or theft for a
 * replacement), so that a list is a walk of one index at 1,000,000 waiting persons. Rows with the same deadline are
 * ordered by household and person, so that pages never overlap nor skip a row and a household's persons stay together.
 */
@Stateless
public class DocumentWorklists {

    /** Under this much time left before the deadline, a person is at risk. */
    public static final Duration AT_RISK = Duration.ofHours(24);

    /** The persons waiting within the reader's sites (the queries' {@code :all} and {@code :sites}). */
    private static final String WAITING = " FROM protection_card_wait w WHERE (:all OR w.site_code IN (:sites))";

    private static final String ORDER = " ORDER BY w.started_at, w.household_id, w.person_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /**
     * A person with protection and the three-day clock of their document ({@code registeredAt} is when it started),
     * at the BCP that registered them.
     */
    public record Waiting(String registryNumber, UUID personId, String name, Instant registeredAt, Instant deadline,
                          String documentNumber, String documentStatus, String siteCode) implements java.io.Serializable {
        public boolean breached(Instant now) {
            return now.isAfter(deadline);
        }
    }

    /**
     * What the police narrow their queue to; each part optional: the BCP, and the days (in the service's time zone,
     * both included) the deadlines fall on.
     */
    public record CardFilter(SiteCode bcp, LocalDate deadlineFrom, LocalDate deadlineTo) implements java.io.Serializable {
        public static CardFilter none() {
            return new CardFilter(null, null, null);
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
     * with their three-day deadline, most urgent first.
     */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR})
    public Page<Waiting> queue(@NotNull PageRequest request) {
        return queue(CardFilter.none(), request);
    }

    /**
     * The police queue narrowed to a BCP and to deadlines on some days, most urgent first, with its number (exact up
     * to {@value WorklistHouseholds#COUNT_CAP}); a range of days that ends before it starts is refused.
     */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR})
    public Page<Waiting> queue(@NotNull CardFilter filter, @NotNull PageRequest request) {
        if (filter.deadlineFrom() != null && filter.deadlineTo() != null && filter.deadlineTo().isBefore(filter.deadlineFrom())) {
            throw Refusal.invalid("deadlineTo", "refuge.worklist.deadline");
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.bcp() != null) {
            where.append(" AND w.site_code = :bcp");
            parameters.put("bcp", filter.bcp().value());
        }
        ZoneId zone = settings.zone();
        if (filter.deadlineFrom() != null) {
            where.append(" AND w.started_at >= :from");
            parameters.put("from", filter.deadlineFrom().atStartOfDay(zone).toInstant().minus(DocumentService.DEADLINE));
        }
        if (filter.deadlineTo() != null) {
            where.append(" AND w.started_at < :before");
            parameters.put("before", filter.deadlineTo().plusDays(1).atStartOfDay(zone).toInstant().minus(DocumentService.DEADLINE));
        }
        return waiting(where.toString(), parameters, request);
    }

    /** Persons of the reader's sites still waiting for their document past the deadline, most overdue first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Waiting> overdue(@NotNull PageRequest request) {
        Instant now = Instant.now(clock);
        return waiting(" AND w.started_at < :before", Map.of("before", now.minus(DocumentService.DEADLINE)), request);
    }

    /** Persons of the reader's sites within 24 hours of their deadline, the closest first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Waiting> atRisk(@NotNull PageRequest request) {
        Instant now = Instant.now(clock);
        return waiting(" AND w.started_at < :before AND w.started_at >= :from", Map.of("before",
                now.minus(DocumentService.DEADLINE).plus(AT_RISK), "from", now.minus(DocumentService.DEADLINE)), request);
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
        Tuple waiting = (Tuple) scoped(em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE w.started_at < :before) AS overdue,
                       count(*) FILTER (WHERE w.started_at >= :before) AS at_risk""" + WAITING + " AND w.started_at < :soon",
                Tuple.class)).setParameter("before", overdueBefore).setParameter("soon", overdueBefore.plus(AT_RISK)).getSingleResult();
        Tuple breaches = (Tuple) scoped(em.createNativeQuery("""
                SELECT count(*) AS breaches, count(handed_over_at) AS late,
                       count(*) FILTER (WHERE handed_over_at IS NULL AND closed_at IS NULL) AS still_waiting
                FROM document_deadline_breach WHERE (:all OR site_code IN (:sites))""", Tuple.class)).getSingleResult();
        return new DeadlineTotals(count(waiting, "overdue"), count(waiting, "at_risk"), count(breaches, "breaches"),
                count(breaches, "late"), count(breaches, "still_waiting"));
    }

    /**
     * A page of the waiting persons that match {@code condition} (over {@code w}, its values in {@code parameters}),
     * ordered by deadline, counted up to {@value WorklistHouseholds#COUNT_CAP}; names, registry numbers and current
     * documents are read for the page's rows only.
     */
    private Page<Waiting> waiting(String condition, Map<String, Object> parameters, PageRequest request) {
        ListPlans.forValues(em);
        Query count = scoped(em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + WAITING + condition + " LIMIT :cap) capped"));
        parameters.forEach(count::setParameter);
        long cap = request.countCap(WorklistHouseholds.COUNT_CAP);
        long counted = SqlValues.count(count.setParameter("cap", cap + 1).getSingleResult());
        if (counted == 0) {
            return Page.of(List.of(), 0, request);
        }
        Query page = scoped(em.createNativeQuery("SELECT m.registry_number AS registry_number, w.person_id AS person_id, m.name AS name, "
                + "w.started_at AS started, d.number AS document_number, d.status AS document_status, w.site_code AS site_code"
                + " FROM (SELECT w.*" + WAITING + condition + ORDER + " OFFSET :first LIMIT :size) w"
                + " JOIN registry_member m ON m.person_id = w.person_id"
                + " LEFT JOIN identity_document d ON d.person_id = w.person_id AND d.status IN ('PRODUCED', 'HANDED_OVER')" + ORDER, Tuple.class));
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        List<Waiting> items = rows.stream().map(r -> {
            Instant started = SqlValues.instant(r.get("started"));
            return new Waiting(r.get("registry_number", String.class), r.get("person_id", UUID.class), r.get("name", String.class), started,
                    started.plus(DocumentService.DEADLINE), r.get("document_number", String.class), r.get("document_status", String.class),
                    r.get("site_code", String.class));
        }).toList();
        return new Page<>(items, Math.min(counted, cap), counted > cap, request.first(), request.size());
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
