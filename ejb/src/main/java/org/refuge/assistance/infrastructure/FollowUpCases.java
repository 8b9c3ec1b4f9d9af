package org.refuge.assistance.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.refuge.assistance.domain.FollowUpAction;
import org.refuge.assistance.domain.FollowUpCase;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The follow-up cases and their actions; runs in the caller's transaction. A case's site is the camp its household is
 * placed in (camps' view {@code camps_household_placement}), else the border crossing point that registered it; every
 * list and look-up of a caller names the sites the caller may see ({@link Scope}). Need codes are read through
 * registration's view {@code registration_need}.
 */
@ApplicationScoped
public class FollowUpCases {

    /** The sites a caller may see: all of them, or these codes. */
    public record Scope(boolean all, Collection<String> sites) {
        String codes() {
            return String.join(",", sites);
        }
    }

    /** Which cases a list shows: open, open and overdue, closed or all; of one site or of every site in scope. */
    public enum Filter { OPEN, OVERDUE, CLOSED, ALL }

    /** A case as a list shows it; {@code nextDue} the first pending deadline, null with nothing pending. */
    public record Listed(UUID id, String registryNumber, String siteCode, FollowUpCase.Status status, Instant openedAt,
                         Instant nextDue, int openActions) {
    }

    /** The SQL of a case's site, on a case aliased {@code c}. */
    static final String SITE = "coalesce((SELECT min(p.camp_code) FROM camps_household_placement p WHERE p.household_id = c.household_id),"
            + " c.bcp_code)";

    private static final String SCOPED = " (:all OR " + SITE + " = ANY (string_to_array(:mine, ','))) ";

    /** The first pending deadline of an open case: the first contact until made, and the end of each open action's day. */
    private static final String NEXT_DUE = "CASE WHEN c.status = 'OPEN' THEN least(CASE WHEN c.first_contact_at IS NULL THEN c.first_contact_due_at END,"
            + " (SELECT (min(a.due_on) + 1)::timestamp AT TIME ZONE :zone FROM assistance_follow_up_action a"
            + " WHERE a.case_id = c.id AND a.completed_at IS NULL)) END";

    @PersistenceContext
    EntityManager em;

    public void add(FollowUpCase followUp) {
        em.persist(followUp);
    }

    public void add(FollowUpAction action) {
        em.persist(action);
    }

    /** Writes pending changes, so that the queries that follow (and the views they read) see them. */
    public void flush() {
        em.flush();
    }

    /** The household's latest case, open or closed. */
    public Optional<FollowUpCase> latestOf(UUID householdId) {
        return em.createQuery("select c from FollowUpCase c where c.householdId = :h order by c.openedAt desc", FollowUpCase.class)
                .setParameter("h", householdId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The household's needs now as "person id or household:code" pairs (what a case covers). */
    public Set<String> needPairs(UUID householdId) {
        Set<String> pairs = new TreeSet<>();
        needs(householdId).forEach((person, codes) -> codes.forEach(code -> pairs.add(person.map(UUID::toString).orElse("household") + ":" + code)));
        return pairs;
    }

    /** The open case of a household, if any. */
    public Optional<FollowUpCase> openOf(UUID householdId) {
        return em.createQuery("select c from FollowUpCase c where c.householdId = :h and c.status = :open", FollowUpCase.class)
                .setParameter("h", householdId).setParameter("open", FollowUpCase.Status.OPEN).getResultStream().findFirst();
    }

    /** The case with this id if it is in the caller's scope, locked for a change when {@code lock}. */
    public Optional<FollowUpCase> find(UUID id, Scope scope, boolean lock) {
        Query inScope = em.createNativeQuery("SELECT count(*) FROM assistance_follow_up_case c WHERE c.id = :id AND" + SCOPED);
        if (((Number) scoped(inScope, scope).setParameter("id", id).getSingleResult()).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(FollowUpCase.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE));
    }

    /** The newest case of a household (the open one first) in the caller's scope. */
    public Optional<UUID> latestOf(RegistryNumber registryNumber, Scope scope) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped(em.createNativeQuery("SELECT c.id FROM assistance_follow_up_case c WHERE c.registry_number = :n AND"
                + SCOPED + "ORDER BY c.status DESC, c.opened_at DESC LIMIT 1", UUID.class), scope).setParameter("n", registryNumber.value())
                .getResultList();
        return ids.stream().findFirst();
    }

    /** The case's site now. */
    public String siteOf(UUID caseId) {
        return (String) em.createNativeQuery("SELECT " + SITE + " FROM assistance_follow_up_case c WHERE c.id = :id")
                .setParameter("id", caseId).getSingleResult();
    }

    public List<FollowUpAction> actions(UUID caseId) {
        return em.createQuery("select a from FollowUpAction a where a.caseId = :c order by a.dueOn, a.recordedAt", FollowUpAction.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<FollowUpAction> action(UUID caseId, UUID actionId) {
        FollowUpAction action = em.find(FollowUpAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        return action == null || !action.caseId().equals(caseId) ? Optional.empty() : Optional.of(action);
    }

    /**
     * One page of the cases in scope, the first due first, then the oldest, with the exact total; of one site and of
     * one household (its registry number) when they are given.
     */
    public Page<Listed> page(Filter filter, SiteCode site, RegistryNumber registryNumber, Scope scope, String zone, Instant now,
                             PageRequest request) {
        String where = " FROM assistance_follow_up_case c WHERE" + SCOPED + condition(filter)
                + (site == null ? "" : " AND " + SITE + " = :site ")
                + (registryNumber == null ? "" : " AND c.registry_number = :number ");
        Query count = scoped(em.createNativeQuery("SELECT count(*)" + where), scope);
        Query rows = scoped(em.createNativeQuery("SELECT c.id, c.registry_number, " + SITE + ", c.status, c.opened_at, " + NEXT_DUE
                + ", (SELECT count(*) FROM assistance_follow_up_action a WHERE a.case_id = c.id AND a.completed_at IS NULL)"
                + where + " ORDER BY " + NEXT_DUE + " NULLS LAST, c.opened_at, c.id", Tuple.class), scope);
        for (Query query : List.of(count, rows)) {
            if (filter == Filter.OVERDUE || query == rows) {
                query.setParameter("zone", zone);
            }
            if (filter == Filter.OVERDUE) {
                query.setParameter("now", now);
            }
            if (site != null) {
                query.setParameter("site", site.value());
            }
            if (registryNumber != null) {
                query.setParameter("number", registryNumber.value());
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> found = rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(found.stream().map(r -> new Listed(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class),
                FollowUpCase.Status.valueOf(r.get(3, String.class)), instant(r.get(4)), instant(r.get(5)),
                ((Number) r.get(6)).intValue())).toList(), total, request);
    }

    private static String condition(Filter filter) {
        return switch (filter) {
            case OPEN -> " AND c.status = 'OPEN' ";
            case CLOSED -> " AND c.status = 'CLOSED' ";
            case OVERDUE -> " AND c.status = 'OPEN' AND " + NEXT_DUE + " < :now ";
            case ALL -> " ";
        };
    }

    /** A household's need codes: those seen at the desk under the null key, those of each registered member under their id. */
    public Map<Optional<UUID>, Set<String>> needs(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT n.person_id, n.code FROM registration_need n WHERE n.household_id = :h", Tuple.class)
                .setParameter("h", householdId).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> Optional.ofNullable(r.get(0, UUID.class)),
                Collectors.mapping(r -> r.get(1, String.class), Collectors.toCollection(TreeSet::new))));
    }

    /** The due days of the case's open actions. */
    public List<LocalDate> openActionsDue(UUID caseId) {
        return actions(caseId).stream().filter(FollowUpAction::open).map(FollowUpAction::dueOn).toList();
    }

    private static Query scoped(Query query, Scope scope) {
        return query.setParameter("all", scope.all()).setParameter("mine", scope.codes());
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i
                : value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
