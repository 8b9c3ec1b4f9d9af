package org.refuge.platform.workflow.engine;

import java.util.Optional;
import java.util.function.BiFunction;

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
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.refuge.platform.workflow.RedirectRules;
import org.refuge.shared.SiteCode;

/**
 * New tasks follow the redirections in force ({@code TaskRedirects}): as the engine creates a medical screening task
 * of a process at a border crossing point whose screening a supervisor redirected, the task is offered to the other
 * site's medical team instead, inside the transaction that creates it. A rule that cannot be read leaves the task at
 * its own site (the engine logs it) and never stops a registration.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
public class RedirectedTasks {

    @Inject
    WorkflowEngine workflow;

    @Inject
    RedirectRules rules;

    @PostConstruct
    void start() {
        listen(workflow.engine().getRuntimeService(), rules::targetOf);
    }

    /** Registers the listener on an engine with a way to read the rules: (form key, process site) to the target site. */
    static FlowableEventListener listen(RuntimeService runtime, BiFunction<String, SiteCode, Optional<SiteCode>> targetOf) {
        FlowableEventListener listener = new Listener(targetOf);
        runtime.addEventListener(listener, FlowableEngineEventType.TASK_CREATED);
        return listener;
    }

    private static final class Listener implements FlowableEventListener {

        private final BiFunction<String, SiteCode, Optional<SiteCode>> targetOf;

        Listener(BiFunction<String, SiteCode, Optional<SiteCode>> targetOf) {
            this.targetOf = targetOf;
        }

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                    || !RedirectRules.MEDICAL_SCREENING.equals(task.getFormKey()) || task.getProcessInstanceId() == null) {
                return;
            }
            var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
            Object site = instance == null ? null : instance.getVariable(FlowableTaskInbox.SITE_CODE);
            SiteCode at;
            try {
                at = site == null ? null : new SiteCode(site.toString());
            } catch (IllegalArgumentException notASite) {
                at = null;
            }
            if (at == null) {
                return;
            }
            targetOf.apply(task.getFormKey(), at)
                    .ifPresent(to -> FlowableTaskBoard.offerAt(task, RedirectRules.MEDICAL_SCREENING_GROUP, to));
        }

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
