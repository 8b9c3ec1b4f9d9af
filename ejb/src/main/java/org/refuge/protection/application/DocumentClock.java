package org.refuge.protection.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.shared.RegistryNumber;

/**
 * Whether a household's protected members still wait for a current document, and the end of its three-day clock
 * (or of the renewal's police task) when nobody does: after the last handover, or when the protection of those
 * still waiting ended. Runs in the caller's transaction, in the household's turn (its row locked by the caller).
 */
@ApplicationScoped
public class DocumentClock {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentsWorkflow workflow;

    private final Clock clock = Clock.systemUTC();

    /**
     * The household's turn in protection: a transaction-scoped advisory lock on the household's id, held until the
     * transaction ends, so that decisions, productions and handovers of one household never cross (the clock is
     * judged on what they leave). Protection owns no household row, and does not lock registration's.
     */
    public void takeTurn(UUID householdId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:k))").setParameter("k", "protection-household:" + householdId)
                .getSingleResult();
    }

    /** Protected members of the household without a handed-over document that covers their protection. */
    public int waitingIn(RegistryNumber registryNumber) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
                WHERE m.registry_number = :n AND m.person_status = 'REGISTERED' AND s.status IN ('GRANTED', 'EXTENDED')
                  AND NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id AND d.status = 'HANDED_OVER'
                                  AND d.valid_until >= s.valid_until)""").setParameter("n", registryNumber.value()).getSingleResult()).intValue();
    }

    /** The household's open breach (if any) will never see its documents: voided, or nobody protected any more. */
    public void breachClosed(RegistryNumber registryNumber, String reason) {
        em.createNativeQuery("UPDATE document_deadline_breach SET closed_at = :at, closed_reason = :r WHERE registry_number = :n "
                        + "AND handed_over_at IS NULL AND closed_at IS NULL")
                .setParameter("at", Instant.now(clock)).setParameter("r", reason).setParameter("n", registryNumber.value()).executeUpdate();
    }

    /** After a handover: the breach (if any) records it as the late handover. */
    public void nobodyWaitingAnyMore(RegistryNumber registryNumber) {
        if (waitingIn(registryNumber) == 0) {
            em.createNativeQuery("UPDATE document_deadline_breach SET handed_over_at = :at WHERE registry_number = :n AND handed_over_at IS NULL "
                            + "AND closed_at IS NULL")
                    .setParameter("at", Instant.now(clock)).setParameter("n", registryNumber.value()).executeUpdate();
            workflow.documentsHandedOver(registryNumber);
        }
    }

    /** After the protection of those still waiting ended: the breach (if any) is closed, nothing was handed over. */
    public void nobodyWaitingAfterProtectionEnded(RegistryNumber registryNumber) {
        if (waitingIn(registryNumber) == 0) {
            breachClosed(registryNumber, "PROTECTION_ENDED");
            workflow.documentsHandedOver(registryNumber);
        }
    }
}
