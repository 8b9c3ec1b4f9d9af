package org.refuge.assistance.infrastructure;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.domain.RegistrationSlip;

/** The registration slips printed, by household; runs in the caller's transaction. */
@ApplicationScoped
public class RegistrationSlips {

    @PersistenceContext
    EntityManager em;

    public Optional<RegistrationSlip> of(UUID householdId) {
        return Optional.ofNullable(em.find(RegistrationSlip.class, householdId));
    }

    /** Stores a first print now, so that a second desk printing the same slip at once is refused by the key. */
    public void add(RegistrationSlip slip) {
        em.persist(slip);
        em.flush();
    }
}
