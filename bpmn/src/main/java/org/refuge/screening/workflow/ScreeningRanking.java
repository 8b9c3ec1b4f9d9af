package org.refuge.screening.workflow;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.registration.workflow.ArrivalTasksCreated;
import org.refuge.screening.application.ScreeningPriorities;

/**
 * Ranks the members' screening tasks (medical screening, security check; and those of arrival processes started before
 * per-person screening) as the engine creates them, from
 * the family's specific needs ({@link ScreeningPriorities}), so that the medical and police inboxes list the families
 * that cannot wait first. Tasks created before this ranking existed keep the engine's default priority and wait in
 * turn. A ranking that fails leaves the default priority and never stops a registration (logged without the number).
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
public class ScreeningRanking {

    /** The screening steps of the arrival process. */
    static final Set<String> SCREENING_TASKS = Set.of("medicalScreening", "securityCheck");

    private static final Logger LOG = Logger.getLogger(ScreeningRanking.class);

    @Inject
    WorkflowEngine workflow;

    @Inject
    ScreeningPriorities priorities;

    @PostConstruct
    void start() {
        ArrivalTasksCreated.listen(workflow.engine().getRuntimeService(), Set.of(ArrivalProcess.KEY, PersonScreeningProcess.KEY),
                SCREENING_TASKS, false, (task, household) -> {
            try {
                task.setPriority(priorities.of(household));
            } catch (RuntimeException e) {
                LOG.warnf("A screening task could not be ranked (%s); it keeps the default priority", e.getClass().getSimpleName());
            }
        });
    }
}
