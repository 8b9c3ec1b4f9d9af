package org.refuge.assistance.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.refuge.assistance.domain.DistributionRound;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/**
 * The distribution rounds; runs in the caller's transaction. Every list names the sites the caller may see
 * ({@code all}, or these codes), so a query never returns another site's round whatever its caller checked.
 */
@ApplicationScoped
public class Rounds {

    @PersistenceContext
    EntityManager em;

    public void add(DistributionRound round) {
        em.persist(round);
        em.flush();
    }

    public Optional<DistributionRound> find(UUID id) {
        return Optional.ofNullable(em.find(DistributionRound.class, id));
    }

    /** The round, locked until the transaction ends: closed by one person at a time. */
    public Optional<DistributionRound> locked(UUID id) {
        return Optional.ofNullable(em.find(DistributionRound.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * One page of rounds, newest day first, of {@code site} (null: every site the caller sees), open only when asked;
     * with the exact count.
     */
    public Page<DistributionRound> page(String site, boolean openOnly, boolean all, Collection<String> mine, PageRequest request) {
        String where = " where (:all = true or r.siteCode in :mine) and (:site is null or r.siteCode = :site)"
                + (openOnly ? " and r.status = org.refuge.assistance.domain.DistributionRound.Status.OPEN" : "");
        long total = bind(em.createQuery("select count(r) from DistributionRound r" + where, Long.class), site, all, mine).getSingleResult();
        List<DistributionRound> rows = bind(em.createQuery("select r from DistributionRound r" + where
                + " order by r.heldOn desc, r.openedAt desc, r.id", DistributionRound.class), site, all, mine)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(rows, total, request);
    }

    /** The open rounds of a site, newest day first. */
    public List<DistributionRound> openAt(String site) {
        return em.createQuery("select r from DistributionRound r where r.siteCode = :site and r.status ="
                + " org.refuge.assistance.domain.DistributionRound.Status.OPEN order by r.heldOn desc, r.openedAt desc", DistributionRound.class)
                .setParameter("site", site).getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String site, boolean all, Collection<String> mine) {
        return query.setParameter("all", all).setParameter("mine", mine.isEmpty() ? List.of("") : List.copyOf(mine))
                .setParameter("site", site);
    }
}
