package org.refuge.registration.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.registration.domain.Household;
import org.refuge.shared.RegistryNumber;

/** Households by registry number. Checks no roles or sites: its callers, the services, do. */
@ApplicationScoped
public class HouseholdRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Household> find(RegistryNumber number) {
        return em.createQuery("select h from Household h where h.registryNumber = :number", Household.class)
                .setParameter("number", number.value()).getResultStream().findFirst();
    }
}
