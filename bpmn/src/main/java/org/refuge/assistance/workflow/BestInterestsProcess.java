package org.refuge.assistance.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.refuge.assistance.children.BestInterestsWorkflow;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The {@code bestInterests} process (processes/best-interests.bpmn20.xml): one per child, business key the household's
 * registry number, variable personId the child. Offered to the social workers of the child's camp (siteCode) or, while
 * the child has no camp, to every social worker (scope national, as the inbox reads it).
 */
@ApplicationScoped
public class BestInterestsProcess implements BestInterestsWorkflow {

    public static final String KEY = "bestInterests";
    static final String PERSON_ID = "personId";
    static final String SITE_CODE = "siteCode";
    static final String SCOPE = "scope";
    static final String NATIONAL = "national";
    static final String DUE_AT = "dueAt";
    public static final String ASSESS = "assessBestInterests";
    static final String OVERDUE = "assessmentOverdue";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Override
    public void started(PersonId child, RegistryNumber household, SiteCode site, Instant dueAt) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals(PERSON_ID, child.value().toString()).count() > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PERSON_ID, child.value().toString());
        variables.put(DUE_AT, Date.from(dueAt));
        if (site == null) {
            variables.put(SCOPE, NATIONAL);
        } else {
            variables.put(SITE_CODE, site.value());
        }
        runtime.createProcessInstanceBuilder().processDefinitionKey(KEY).businessKey(household.value()).variables(variables).start();
    }

    @Override
    public void placed(RegistryNumber household, SiteCode camp) {
        for (var instance : runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(household.value()).list()) {
            runtime.setVariable(instance.getId(), SITE_CODE, camp.value());
            runtime.removeVariable(instance.getId(), SCOPE);
        }
    }

    @Override
    public boolean assessed(PersonId child, String user) {
        List<Task> open = openTasks(child);
        for (Task task : open) {
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId());
        }
        return !open.isEmpty();
    }

    @Override
    public java.util.Optional<PersonId> childOfTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult();
        if (task == null) {
            return java.util.Optional.empty();
        }
        Object child = runtime.getVariable(task.getProcessInstanceId(), PERSON_ID);
        return child == null ? java.util.Optional.empty() : java.util.Optional.of(new PersonId(java.util.UUID.fromString(child.toString())));
    }

    @Override
    public boolean open(PersonId child) {
        return !openTasks(child).isEmpty();
    }

    private List<Task> openTasks(PersonId child) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(ASSESS)
                .processVariableValueEquals(PERSON_ID, child.value().toString()).list();
    }
}
