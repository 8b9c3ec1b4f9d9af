package org.refuge.emergency.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;

/**
 * Emergency's published API for the measures of the action plan that other contexts meet by what they record, not
 * by a checkbox alone (issue 14, item 9): the third area's "allocate food and shelter from the state reserves" is met
 * by the first food handed out from the state reserve, and "involve social workers to provide food and
 * accommodation" by a social worker's first distribution round at a camp. The measure is done in every activated plan
 * that still waits for it, by the user whose act met it, in a transaction of its own: the caller calls once its own
 * act is committed, so that two desks meeting a measure at the same instant never undo each other's act.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class ActionPlanMeasures {

    /** A measure met by what happened, and the task of the plan it completes. */
    public enum Met {
        FOOD_FROM_STATE_RESERVE("aidReserves"),
        SOCIAL_WORKERS_AT_CAMP("aidSocialWorkers");

        private final String measure;

        Met(String measure) {
            this.measure = measure;
        }
    }

    @Inject
    ActionPlanWorkflow workflow;

    @Inject
    CurrentUser currentUser;

    /**
     * {@code what} happened, by the caller: returns how many activated plans it completed the measure of. Always a new
     * transaction: called after the caller's has committed, when that one is still bound to the thread.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int met(Met what) {
        return workflow.measureMet(what.measure, currentUser.username());
    }
}
