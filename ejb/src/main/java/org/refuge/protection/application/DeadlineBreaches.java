package org.refuge.protection.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records a breach of the three-day deadline for the identity-document process, in its transaction: the household,
 * its deadline and how many protected members were still without a handed-over document. Once per household.
 */
@ApplicationScoped
public class DeadlineBreaches implements BreachLog {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void breached(String registryNumber, Instant deadline) {
        em.createNativeQuery("""
                INSERT INTO document_deadline_breach (household_id, registry_number, site_code, deadline, recorded_at, persons_waiting)
                SELECT h.id, h.registry_number, h.site_code, :deadline, :now,
                       (SELECT count(*) FROM protection_status s JOIN person p ON p.id = s.person_id
                        WHERE p.household_id = h.id AND p.status = 'REGISTERED' AND s.status IN ('GRANTED', 'EXTENDED')
                          AND NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = p.id AND d.status = 'HANDED_OVER'))
                FROM household h WHERE h.registry_number = :n
                ON CONFLICT (household_id) DO NOTHING""")
                .setParameter("deadline", deadline).setParameter("now", Instant.now(clock)).setParameter("n", registryNumber)
                .executeUpdate();
    }
}
