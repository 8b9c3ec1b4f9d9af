package org.refuge.screening.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Screening's published read API for accommodation: which households medical screening asked to isolate, i.e. have a
 * member to isolate (the outcome, never the medical detail). Camps read screening through this class and the view of
 * V32/V67 ({@code screening_isolated_household}), never its tables. Checks no roles or sites: its callers do.
 */
@ApplicationScoped
public class AccommodationNeeds {

    @PersistenceContext
    EntityManager em;

    /** Those of these households that are to be isolated. */
    public Set<UUID> isolated(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT household_id FROM screening_isolated_household WHERE household_id IN (:h)")
                .setParameter("h", householdIds).getResultList();
        return new HashSet<>(ids);
    }
}
