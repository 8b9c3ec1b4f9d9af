package org.refuge.camps.workflow;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.refuge.camps.application.AllocationPriorities;
import org.refuge.registration.workflow.ArrivalTasksCreated;
import org.refuge.platform.workflow.engine.WorkflowEngine;

/**
 * Ranks the arrival process's allocation tasks in the engine ({@link AllocationPriorities}): each allocation task
 * gets its household's priority as it is created (in the transaction that creates it, before it is written), and at
 * start-up every open allocation task is ranked again from the households' facts as they are now, which ranks the
 * tasks of databases that ran before ranking existed. A ranking that fails at start-up is logged and tried again at
 * the next start; it never stops the application (the tasks keep their rank, or the default one, meanwhile).
 */
@Singleton
@Startup
@DependsOn({"WorkflowEngine", "ResumeScreenedHouseholds"})
@PermitAll
public class AllocationRanking {

    private static final Logger LOG = Logger.getLogger(AllocationRanking.class);

    @Inject
    WorkflowEngine workflow;

    @Inject
    AllocationPriorities priorities;

    @PostConstruct
    void start() {
        // a failure to rank fails the step that created the task: a household is never queued with a wrong rank
        ArrivalTasksCreated.listen(workflow.engine().getRuntimeService(), Set.of(ArrivalAccommodation.ALLOCATION), true,
                (task, household) -> task.setPriority(priorities.of(household)));
        try {
            priorities.rankAllWaiting();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ranking the allocation queue at start-up failed; it is tried again at the next start");
        }
    }
}
