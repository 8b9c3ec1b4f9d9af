package org.refuge.assistance.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.domain.Payment;
import org.refuge.assistance.domain.PaymentList;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/** The payment lists and their lines (V61). */
@ApplicationScoped
public class Payments {

    @PersistenceContext
    EntityManager em;

    public void add(PaymentList list) {
        em.persist(list);
    }

    public void add(Payment line) {
        em.persist(line);
    }

    public Optional<PaymentList> list(UUID id) {
        return Optional.ofNullable(em.find(PaymentList.class, id));
    }

    /** One page of a round's payment lists, newest first, with the exact count. */
    public Page<PaymentList> listsOf(UUID roundId, PageRequest request) {
        long total = em.createQuery("select count(l) from PaymentList l where l.roundId = :r", Long.class).setParameter("r", roundId)
                .getSingleResult();
        List<PaymentList> items = em.createQuery("select l from PaymentList l where l.roundId = :r order by l.createdAt desc, l.id",
                PaymentList.class).setParameter("r", roundId).setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(items, total, request);
    }

    /** A line of a list, locked until the transaction ends: marked by one answer at a time. */
    public Optional<Payment> lockedLine(UUID listId, UUID lineId) {
        return Optional.ofNullable(em.find(Payment.class, lineId, LockModeType.PESSIMISTIC_WRITE)).filter(p -> p.listId().equals(listId));
    }

    /** One page of a list's lines in a fixed order, with the exact count. */
    public Page<Payment> lines(UUID listId, PageRequest request) {
        long total = em.createQuery("select count(p) from Payment p where p.listId = :l", Long.class).setParameter("l", listId).getSingleResult();
        List<Payment> items = em.createQuery("select p from Payment p where p.listId = :l order by p.id", Payment.class)
                .setParameter("l", listId).setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(items, total, request);
    }

    /** How many lines of a list are in each status: listed, paid, failed. */
    public long[] counts(UUID listId) {
        long[] counts = new long[Payment.Status.values().length];
        for (jakarta.persistence.Tuple row : em.createQuery("select p.status as status, count(p) as lines from Payment p"
                        + " where p.listId = :l group by p.status", jakarta.persistence.Tuple.class)
                .setParameter("l", listId).getResultList()) {
            counts[row.get("status", Payment.Status.class).ordinal()] = row.get("lines", Long.class);
        }
        return counts;
    }
}
