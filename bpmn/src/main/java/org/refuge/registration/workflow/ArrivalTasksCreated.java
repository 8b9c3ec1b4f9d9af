package org.refuge.registration.workflow;

import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.refuge.shared.RegistryNumber;

/**
 * Hands each task of the arrival process with one of the given step keys to a handler as the engine creates it,
 * inside the transaction that creates it and before it is written, together with the household its process is for.
 * A process without a household, or whose key is not a registry number (the engine's key is text), is left alone.
 * Other contexts use it to rank their steps of the arrival process in their inboxes.
 */
public final class ArrivalTasksCreated implements FlowableEventListener {

    /** What is done with a new task of the arrival process. */
    @FunctionalInterface
    public interface Handler {
        void created(TaskEntity task, RegistryNumber household);
    }

    private final Set<String> processKeys;
    private final Set<String> steps;
    private final boolean failOnException;
    private final Handler handler;

    private ArrivalTasksCreated(Set<String> processKeys, Set<String> steps, boolean failOnException, Handler handler) {
        this.processKeys = Set.copyOf(processKeys);
        this.steps = Set.copyOf(steps);
        this.failOnException = failOnException;
        this.handler = handler;
    }

    /**
     * Registers {@code handler} for the new tasks of {@code steps}. With {@code failOnException}, a handler that
     * throws fails the step that created the task; without it, the task is created as if nobody had listened.
     */
    public static void listen(RuntimeService runtime, Set<String> steps, boolean failOnException, Handler handler) {
        listen(runtime, Set.of(ArrivalProcess.KEY), steps, failOnException, handler);
    }

    /** The same for the tasks of the family's processes with these keys (the arrival process, its members' screening). */
    public static void listen(RuntimeService runtime, Set<String> processKeys, Set<String> steps, boolean failOnException,
                              Handler handler) {
        runtime.addEventListener(new ArrivalTasksCreated(processKeys, steps, failOnException, handler),
                FlowableEngineEventType.TASK_CREATED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                || !steps.contains(task.getTaskDefinitionKey()) || task.getProcessInstanceId() == null
                || task.getProcessDefinitionId() == null
                || processKeys.stream().noneMatch(key -> task.getProcessDefinitionId().startsWith(key + ":"))) {
            return;
        }
        var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        if (instance == null || instance.getBusinessKey() == null) {
            return;
        }
        RegistryNumber household;
        try {
            household = new RegistryNumber(instance.getBusinessKey());
        } catch (IllegalArgumentException notANumber) {
            return;
        }
        handler.created(task, household);
    }

    @Override
    public boolean isFailOnException() {
        return failOnException;
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
