package org.refuge.emergency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.security.CurrentUser;

/**
 * Emergency's published API for the measures of the action plan that other contexts meet by what they record, not
 * by a checkbox alone (issue 14, item 9): the third area's "allocate food and shelter from the state reserves" is met
 * by the first food handed out from the state reserve, and "involve social workers to provide food and
 * accommodation" by a social worker's first distribution round at a camp. The measure is done in every activated plan
 * that still waits for it, by the user whose act met it, in the caller's transaction (rolled back with it). Its
 * caller states the roles.
 */
@ApplicationScoped
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

    /** {@code what} happened, by the caller: returns how many activated plans it completed the measure of. */
    public int met(Met what) {
        return workflow.measureMet(what.measure, currentUser.username());
    }
}
