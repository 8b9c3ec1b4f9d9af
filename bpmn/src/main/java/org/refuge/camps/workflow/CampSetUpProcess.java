package org.refuge.camps.workflow;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.refuge.camps.application.CampSetUpWorkflow;
import org.refuge.camps.domain.Checklist;
import org.refuge.shared.CampCode;

/**
 * The {@code campSetUp} process (processes/camp-set-up.bpmn20.xml): one user task per camp measure of the action
 * plan (task id = the checklist measure), then "open the camp". Business key: the camp's code; the variable siteCode
 * shows the tasks to the camp's managers.
 */
@ApplicationScoped
public class CampSetUpProcess implements CampSetUpWorkflow {

    public static final String KEY = "campSetUp";
    public static final String SITE_CODE = "siteCode";
    public static final String OPEN_CAMP = "openCamp";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Override
    public void campPlanned(CampCode camp) {
        runtime.createProcessInstanceBuilder().processDefinitionKey(KEY).businessKey(camp.value())
                .variables(Map.of(SITE_CODE, camp.value())).start();
    }

    @Override
    public void measuresDone(CampCode camp, Set<Checklist.Measure> done) {
        for (Task task : open(camp)) {
            if (done.stream().anyMatch(measure -> measure.name().equals(task.getTaskDefinitionKey()))) {
                tasks.complete(task.getId());
            }
        }
    }

    @Override
    public void campOpened(CampCode camp) {
        open(camp).stream().filter(task -> OPEN_CAMP.equals(task.getTaskDefinitionKey()))
                .forEach(task -> tasks.complete(task.getId()));
    }

    @Override
    public void campClosed(CampCode camp) {
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(camp.value()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "camp closed"));
    }

    private java.util.List<Task> open(CampCode camp) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(camp.value()).active().list();
    }
}
