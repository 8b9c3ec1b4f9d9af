package org.refuge.camps.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.workflow.TaskInbox;

/**
 * The end of a household's arrival process at its camp: once none of its members is awaited there any more (all
 * checked in or declared no-shows), the transfer step, if still open, and the check-in step are completed, whichever
 * of them the process is at. Used by the services that change stays and manifests, which check roles and scope.
 */
@ApplicationScoped
class ArrivalSteps {

    @Inject
    TaskInbox inbox;

    @PersistenceContext
    EntityManager em;

    void nobodyAwaited(UUID householdId, String campCode) {
        Number awaited = (Number) em.createNativeQuery("SELECT count(*) FROM camp_stay WHERE household_id = :h "
                        + "AND camp_code = :c AND status = 'ALLOCATED' AND moved_from IS NULL")
                .setParameter("h", householdId).setParameter("c", campCode).getSingleResult();
        if (awaited.intValue() > 0) {
            return;
        }
        String number = (String) em.createNativeQuery("SELECT registry_number FROM household WHERE id = :h")
                .setParameter("h", householdId).getSingleResult();
        for (String step : new String[] {AllocationService.TRANSFER, AllocationService.CHECK_IN}) {
            inbox.openTasksOf(AllocationService.PROCESS, step, number, 1).forEach(task -> inbox.complete(task.id()));
        }
    }
}
