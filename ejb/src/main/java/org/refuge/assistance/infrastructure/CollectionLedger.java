package org.refuge.assistance.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.domain.AidCollection;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/**
 * The collections recorded at the desks; runs in the caller's transaction. A line is written with
 * {@code INSERT ... ON CONFLICT DO NOTHING} whose arbiters are the index that allows one line per entitlement,
 * beneficiary and period and the constraint that keeps a household's lines of an entitlement in a period of one kind
 * (its household line, or its persons' lines: V62): a second desk's insert waits for the first one's transaction and
 * then writes nothing, so the loser learns of the winner without an aborted transaction and can say when and where it
 * was collected.
 */
@ApplicationScoped
public class CollectionLedger {

    @PersistenceContext
    EntityManager em;

    /** Writes the line unless the period's line of its entitlement and beneficiary exists; whether it was written. */
    @SuppressWarnings("unchecked")  // Hibernate's typed binding: a null uuid or date is sent with its type
    public boolean addOnce(AidCollection c) {
        int written = em.createNativeQuery("""
                INSERT INTO assistance_collection (id, round_id, entitlement_id, version_id, household_id, person_id, beneficiary_id,
                    period_from, period_until, site_code, item_code, partner_code, quantity, received_by_person, proxy_name,
                    paid_via, collected_at, collected_by, request_key)
                VALUES (:id, :round, :entitlement, :version, :household, :person, :beneficiary, :from, :until, :site, :item,
                    :partner, :quantity, :receivedBy, :proxy, :paidVia, :at, :by, :key)
                ON CONFLICT DO NOTHING""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("id", c.id()).setParameter("round", c.roundId()).setParameter("entitlement", c.entitlementId())
                .setParameter("version", c.versionId()).setParameter("household", c.householdId())
                .setParameter("person", c.personId(), UUID.class).setParameter("beneficiary", c.beneficiaryId())
                .setParameter("from", c.periodFrom()).setParameter("until", c.periodUntil(), LocalDate.class)
                .setParameter("site", c.siteCode()).setParameter("item", c.itemCode()).setParameter("partner", c.partnerCode())
                .setParameter("quantity", c.quantity()).setParameter("receivedBy", c.receivedByPerson(), UUID.class)
                .setParameter("proxy", c.proxyName(), String.class)
                .setParameter("paidVia", c.paidVia(), String.class).setParameter("at", c.collectedAt()).setParameter("by", c.collectedBy())
                .setParameter("key", c.requestKey(), String.class).executeUpdate();
        return written == 1;
    }

    /** The period's line (not voided) of an entitlement for a beneficiary, if collected. */
    public Optional<AidCollection> active(UUID entitlementId, UUID beneficiaryId, LocalDate periodFrom) {
        return em.createQuery("select c from AidCollection c where c.entitlementId = :e and c.beneficiaryId = :b"
                        + " and c.periodFrom = :p and c.voidedAt is null", AidCollection.class)
                .setParameter("e", entitlementId).setParameter("b", beneficiaryId).setParameter("p", periodFrom).getResultStream().findFirst();
    }

    /**
     * The line (not voided) that keeps {@code c} from being written: the period's line of its beneficiary, else a line
     * of the other kind of its household (the household's line for a person's, a person's for the household's).
     */
    public Optional<AidCollection> blocking(AidCollection c) {
        return active(c.entitlementId(), c.beneficiaryId(), c.periodFrom()).or(() -> em.createQuery("select c from AidCollection c"
                        + " where c.entitlementId = :e and c.householdId = :h and c.periodFrom = :p and c.voidedAt is null"
                        + " order by c.collectedAt", AidCollection.class)
                .setParameter("e", c.entitlementId()).setParameter("h", c.householdId()).setParameter("p", c.periodFrom())
                .setMaxResults(1).getResultStream().findFirst());
    }

    public Optional<AidCollection> find(UUID id) {
        return Optional.ofNullable(em.find(AidCollection.class, id));
    }

    /** The line, locked until the transaction ends: voided by one person at a time. */
    public Optional<AidCollection> locked(UUID id) {
        return Optional.ofNullable(em.find(AidCollection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The lines written by a request of this user with this key, in the order written. */
    public List<AidCollection> byRequest(String user, String key) {
        return em.createQuery("select c from AidCollection c where c.collectedBy = :u and c.requestKey = :k order by c.collectedAt, c.id",
                AidCollection.class).setParameter("u", user).setParameter("k", key).getResultList();
    }

    /**
     * One page of a household's lines, voided ones too, newest first, with the exact count: those collected at the
     * caller's sites ({@code all}: at every site).
     */
    public Page<AidCollection> ofHousehold(UUID householdId, boolean all, java.util.Collection<String> mine, PageRequest request) {
        String where = " where c.householdId = :h and (:all = true or c.siteCode in :mine)";
        List<String> sites = mine.isEmpty() ? List.of("") : List.copyOf(mine);
        long total = em.createQuery("select count(c) from AidCollection c" + where, Long.class)
                .setParameter("h", householdId).setParameter("all", all).setParameter("mine", sites).getSingleResult();
        List<AidCollection> rows = em.createQuery("select c from AidCollection c" + where + " order by c.collectedAt desc, c.id",
                        AidCollection.class).setParameter("h", householdId).setParameter("all", all).setParameter("mine", sites)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(rows, total, request);
    }

    /** The lines of a round not voided, how many. */
    public long countInRound(UUID roundId) {
        return em.createQuery("select count(c) from AidCollection c where c.roundId = :r and c.voidedAt is null", Long.class)
                .setParameter("r", roundId).getSingleResult();
    }
}
