package org.refuge.screening.workflow;

import java.util.Set;

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
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.screening.application.ScreeningPriorities;
import org.refuge.shared.RegistryNumber;

/**
 * Ranks the arrival process's screening tasks (medical screening, security check) as the engine creates them, from
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
        workflow.engine().getRuntimeService().addEventListener(new RankOnCreation(priorities), FlowableEngineEventType.TASK_CREATED);
    }

    /** Sets the priority of a screening task of the arrival process as the engine creates it. */
    static final class RankOnCreation implements FlowableEventListener {

        private final ScreeningPriorities priorities;

        RankOnCreation(ScreeningPriorities priorities) {
            this.priorities = priorities;
        }

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                    || !SCREENING_TASKS.contains(task.getTaskDefinitionKey()) || task.getProcessInstanceId() == null
                    || task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(ArrivalProcess.KEY + ":")) {
                return;
            }
            var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
            if (instance == null || instance.getBusinessKey() == null) {
                return;
            }
            try {
                task.setPriority(priorities.of(new RegistryNumber(instance.getBusinessKey())));
            } catch (RuntimeException e) {
                LOG.warnf("A screening task could not be ranked (%s); it keeps the default priority", e.getClass().getSimpleName());
            }
        }

        /** Ranking is a courtesy to the queue: a failure must not undo the registration. */
        @Override
        public boolean isFailOnException() {
            return false;
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
