package org.refuge.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.PersonViews.CandidateView;
import org.refuge.registration.application.PersonViews.DuplicateView;
import org.refuge.registration.domain.DuplicateMatch;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.MatchStatus;
import org.refuge.registration.domain.Person;
import org.refuge.registration.domain.PersonStatus;
import org.refuge.registration.domain.Relationship;

/**
 * The caseworkers' queue of possible duplicates left open at the desk (matches raised by {@link PersonService}),
 * oldest first and a page at a time with the total, and their decisions: SAME merges the later record into the
 * earlier one, DIFFERENT closes the match.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
public class DuplicateQueueService {

    /** Open matches whose two persons are still registered (merged, linked elsewhere or voided: nothing to decide). */
    private static final String OPEN = "from DuplicateMatch m where m.status = org.refuge.registration.domain.MatchStatus.OPEN "
            + "and exists (select 1 from Person p where p.id = m.personId and p.status = org.refuge.registration.domain.PersonStatus.REGISTERED) "
            + "and exists (select 1 from Person c where c.id = m.candidateId and c.status = org.refuge.registration.domain.PersonStatus.REGISTERED) ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    org.refuge.registration.infrastructure.DuplicateFinder finder;

    @Inject
    jakarta.enterprise.event.Event<HouseholdMembersChanged> membersChanged;

    @Inject
    jakarta.enterprise.event.Event<PersonMovedHousehold> moved;

    private final Clock clock = Clock.systemUTC();

    /**
     * One page of the possible duplicates nobody has decided yet, oldest first (ties by id, so that pages neither
     * overlap nor skip), with their total; with a registry number, only the matches of that household's members (on
     * either side of the match).
     */
    public Page<DuplicateView> openDuplicates(RegistryNumber household, @NotNull PageRequest request) {
        audit.record(AuditAction.SEARCH, "DuplicateMatch", null,
                household == null ? "open duplicates queue" : "open duplicates of " + household.value());
        String where = OPEN + (household == null ? "" : "and exists (select 1 from Person o, Household h where "
                + "(o.id = m.personId or o.id = m.candidateId) and h.id = o.householdId and h.registryNumber = :number) ");
        var count = em.createQuery("select count(m) " + where, Long.class);
        var page = em.createQuery("select m " + where + "order by m.raisedAt, m.id", DuplicateMatch.class)
                .setFirstResult(request.first()).setMaxResults(request.size());
        if (household != null) {
            count.setParameter("number", household.value());
            page.setParameter("number", household.value());
        }
        long total = count.getSingleResult();
        List<DuplicateView> views = page.getResultStream().map(this::view).toList();
        return Page.of(views, total, request);
    }

    /**
     * A caseworker's decision on a possible duplicate. SAME merges the later record into the earlier one (the later
     * household keeps the earlier record as its member); DIFFERENT closes the match.
     */
    public DuplicateView decide(@NotNull UUID matchId, @NotNull MatchStatus decision) {
        DuplicateMatch match = em.find(DuplicateMatch.class, matchId);
        if (match == null) {
            throw Refusal.invalid("match", "refuge.person.match.unknown");
        }
        if (match.status() != MatchStatus.OPEN) {
            throw Refusal.conflict("match", "refuge.person.match.decided");
        }
        if (em.find(Person.class, match.personId()).status() != PersonStatus.REGISTERED
                || em.find(Person.class, match.candidateId()).status() != PersonStatus.REGISTERED) {
            throw Refusal.conflict("match", "refuge.person.match.stale");
        }
        Instant now = Instant.now(clock);
        match.decide(decision, now, currentUser.username());
        if (decision == MatchStatus.SAME) {
            Person later = em.find(Person.class, match.personId());
            Person earlier = em.find(Person.class, match.candidateId());
            if (later.status() == PersonStatus.REGISTERED && earlier.status() == PersonStatus.REGISTERED) {
                UUID household = later.householdId();
                Relationship relationship = later.relationship();
                String left = em.find(Household.class, earlier.householdId()).registryNumber().value();
                later.mergeInto(earlier);
                em.flush(); // the later record stops being its household's head before the earlier one may become it
                earlier.joinHousehold(household, relationship);
                String rn = em.find(Household.class, household).registryNumber().value();
                membersChanged.fire(new HouseholdMembersChanged(rn));
                membersChanged.fire(new HouseholdMembersChanged(left));
                moved.fire(new PersonMovedHousehold(PersonId.of(earlier.id()), left, rn));
                audit.record(AuditAction.DECIDE, "Household", rn, "duplicate resolved: a member is an earlier registration, merged");
            }
        }
        audit.record(AuditAction.DECIDE, "DuplicateMatch", matchId.toString(), "duplicate decision " + decision.name());
        return view(match);
    }

    /**
     * A match with the score and band it was raised with; the earlier record carries the evidence of comparing the
     * two records as they are now (what the caseworker reads to decide).
     */
    private DuplicateView view(DuplicateMatch m) {
        Set<String> reasons = new LinkedHashSet<>(java.util.Arrays.stream(m.reasons().split(",")).filter(r -> !r.isBlank()).toList());
        List<PersonViews.Evidence> evidence = m.status() == MatchStatus.OPEN
                ? finder.compare(m.personId(), m.candidateId()).map(PersonViews.Evidence::of).orElse(List.of()) : List.of();
        return new DuplicateView(m.id(), m.status().name(), reasons, m.nameSimilarity(), m.raisedAt(), m.raisedBy(),
                candidate(em.find(Person.class, m.personId()), reasons, m, List.of()),
                candidate(em.find(Person.class, m.candidateId()), reasons, m, evidence));
    }

    private CandidateView candidate(Person p, Set<String> reasons, DuplicateMatch m, List<PersonViews.Evidence> evidence) {
        return CandidateView.of(p, em.find(Household.class, p.householdId()), reasons, m.nameSimilarity(), m.score(), m.band(), evidence);
    }
}
