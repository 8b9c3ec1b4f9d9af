package org.refuge.camps.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.jboss.logging.Logger;
import org.refuge.camps.application.AccommodationWorkflow;
import org.refuge.camps.application.AllocationPriorities;
import org.refuge.registration.workflow.ArrivalProcess;
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
        workflow.engine().getRuntimeService().addEventListener(new RankOnCreation(priorities), FlowableEngineEventType.TASK_CREATED);
        try {
            priorities.rankAllWaiting();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ranking the allocation queue at start-up failed; it is tried again at the next start");
        }
    }

    /** Sets the priority of an allocation task of the arrival process as the engine creates it. */
    static final class RankOnCreation implements FlowableEventListener {

        private final AllocationPriorities priorities;

        RankOnCreation(AllocationPriorities priorities) {
            this.priorities = priorities;
        }

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                    || !ArrivalAccommodation.ALLOCATION.equals(task.getTaskDefinitionKey()) || task.getProcessInstanceId() == null
                    || task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(ArrivalProcess.KEY + ":")) {
                return;
            }
            var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
            if (instance != null) {
                // a process without a household (or a key that is not a registry number) keeps the default rank
                AccommodationWorkflow.householdOf(instance.getBusinessKey())
                        .ifPresent(household -> task.setPriority(priorities.of(household)));
            }
        }

        /** A failure to rank fails the step that created the task: a household is never queued with a wrong rank. */
        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }
}
