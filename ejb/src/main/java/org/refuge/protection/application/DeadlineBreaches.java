package org.refuge.protection.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;

/**
 * Records a breach of the three-day deadline for the identity-document process, in its transaction: the household,
 * its deadline and how many protected members were still without a handed-over document. Once per household.
 */
@ApplicationScoped
public class DeadlineBreaches implements BreachLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacts registry;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void breached(RegistryNumber registryNumber, Instant deadline) {
        Optional<HouseholdFacts> found = registry.anyHousehold(registryNumber);
        if (found.isEmpty()) {
            return;
        }
        HouseholdFacts household = found.get();
        em.createNativeQuery("""
                INSERT INTO document_deadline_breach (household_id, registry_number, site_code, deadline, recorded_at, persons_waiting)
                SELECT :h, :n, :site, :deadline, :now,
                       (SELECT count(*) FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
                        WHERE m.household_id = :h AND m.person_status = 'REGISTERED' AND s.status IN ('GRANTED', 'EXTENDED')
                          AND NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id AND d.status = 'HANDED_OVER'))
                ON CONFLICT (household_id) DO NOTHING""")
                .setParameter("h", household.id()).setParameter("n", household.registryNumber()).setParameter("site", household.siteCode())
                .setParameter("deadline", deadline).setParameter("now", Instant.now(clock)).executeUpdate();
    }
}
