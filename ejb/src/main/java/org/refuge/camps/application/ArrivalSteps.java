package org.refuge.camps.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * The end of a household's arrival at its camp: once none of its members is awaited there any more (all checked in
 * or declared no-shows), the arrival process hears that the household is checked in, whether it still awaited its
 * transfer or its check-in. Used by the services that change stays and manifests, which check roles and scope.
 */
@ApplicationScoped
class ArrivalSteps {

    @Inject
    AccommodationWorkflow workflow;

    @PersistenceContext
    EntityManager em;

    void nobodyAwaited(UUID householdId, RegistryNumber household, CampCode camp) {
        Number awaited = (Number) em.createNativeQuery("SELECT count(*) FROM camp_stay WHERE household_id = :h "
                        + "AND camp_code = :c AND status = 'ALLOCATED' AND moved_from IS NULL")
                .setParameter("h", householdId).setParameter("c", camp.value()).getSingleResult();
        if (awaited.intValue() == 0) {
            workflow.checkedIn(household);
        }
    }
}
