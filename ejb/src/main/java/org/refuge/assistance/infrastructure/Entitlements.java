package org.refuge.assistance.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.domain.Entitlement;
import org.refuge.assistance.domain.EntitlementVersion;

/** The entitlement rules and their versions; runs in the caller's transaction. */
@ApplicationScoped
public class Entitlements {

    @PersistenceContext
    EntityManager em;

    /** The versions in force on that day, one per rule at most, by the rule's code. */
    public List<EntitlementVersion> inForce(LocalDate day) {
        return em.createQuery("select v from EntitlementVersion v join fetch v.entitlement e where v.validFrom <= :day"
                + " and (v.validTo is null or v.validTo > :day) order by e.code", EntitlementVersion.class)
                .setParameter("day", day).getResultList();
    }

    /** Every rule's latest version, whether in force today or not (begun yet, or ended), by the rule's code. */
    public List<EntitlementVersion> latest() {
        return em.createQuery("select v from EntitlementVersion v join fetch v.entitlement e where v.number ="
                + " (select max(w.number) from EntitlementVersion w where w.entitlement = e) order by e.code", EntitlementVersion.class)
                .getResultList();
    }

    public Optional<Entitlement> find(UUID id) {
        return Optional.ofNullable(em.find(Entitlement.class, id));
    }

    /** The rule, locked until the transaction ends: one new version at a time. */
    public Optional<Entitlement> locked(UUID id) {
        return Optional.ofNullable(em.find(Entitlement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A version with its rule (one query: a desk names the rule's code on every line it records). */
    public Optional<EntitlementVersion> version(UUID id) {
        return em.createQuery("select distinct v from EntitlementVersion v join fetch v.entitlement left join fetch v.bands"
                + " where v.id = :id", EntitlementVersion.class).setParameter("id", id).getResultStream().findFirst();
    }

    public boolean codeTaken(String code) {
        return !em.createQuery("select e.id from Entitlement e where e.code = :code", UUID.class).setParameter("code", code)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Entitlement rule) {
        em.persist(rule);
        em.flush();
    }

    /** A rule's next version, stored now. */
    public void add(EntitlementVersion version) {
        em.persist(version);
        em.flush();
    }
}
