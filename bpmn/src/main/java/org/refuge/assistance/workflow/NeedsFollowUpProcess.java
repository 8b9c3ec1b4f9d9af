package org.refuge.assistance.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.refuge.assistance.application.FollowUpWorkflow;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The {@code needsFollowUp} process (processes/needs-follow-up.bpmn20.xml): one per open follow-up case, business key
 * the household's registry number. The escalation time is a process variable set here; a move of it renews the
 * "follow up" task, whose timer is set when the task starts.
 */
@ApplicationScoped
public class NeedsFollowUpProcess implements FollowUpWorkflow {

    public static final String KEY = "needsFollowUp";
    public static final String FOLLOW_UP = "followUp";
    public static final String OVERDUE = "followUpOverdue";
    static final String SITE_CODE = "siteCode";
    static final String ESCALATE_AT = "escalateAt";
    static final String CLOSED = "closed";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** The process's variables: its site and when it escalates. */
    public static Map<String, Object> variables(SiteCode site, Instant escalateAt) {
        return Map.of(SITE_CODE, site.value(), ESCALATE_AT, Date.from(escalateAt));
    }

    @Override
    public void opened(RegistryNumber registryNumber, SiteCode site, Instant escalateAt) {
        if (!instances(registryNumber).isEmpty()) {
            return;
        }
        runtime.createProcessInstanceBuilder().processDefinitionKey(KEY).businessKey(registryNumber.value())
                .variables(variables(site, escalateAt)).start();
    }

    @Override
    public void changed(RegistryNumber registryNumber, SiteCode site, Instant escalateAt) {
        for (ProcessInstance instance : instances(registryNumber)) {
            runtime.setVariable(instance.getId(), SITE_CODE, site.value());
            Object current = runtime.getVariable(instance.getId(), ESCALATE_AT);
            if (current instanceof Date date && date.toInstant().equals(escalateAt)) {
                continue;
            }
            runtime.setVariable(instance.getId(), ESCALATE_AT, Date.from(escalateAt));
            for (Task task : followUp(instance.getId())) {
                String holder = task.getAssignee();
                tasks.complete(task.getId(), Map.of(CLOSED, false));
                if (holder != null) {
                    followUp(instance.getId()).forEach(renewed -> tasks.setAssignee(renewed.getId(), holder));
                }
            }
        }
    }

    /** The household was placed in a camp: its follow-up moves there (called by the accommodation adapter). */
    public void siteMoved(RegistryNumber registryNumber, SiteCode site) {
        instances(registryNumber).forEach(instance -> runtime.setVariable(instance.getId(), SITE_CODE, site.value()));
    }

    @Override
    public void closed(RegistryNumber registryNumber) {
        for (ProcessInstance instance : instances(registryNumber)) {
            List<Task> open = followUp(instance.getId());
            if (open.isEmpty()) {
                runtime.deleteProcessInstance(instance.getId(), "follow-up case closed");
            }
            open.forEach(task -> tasks.complete(task.getId(), Map.of(CLOSED, true)));
        }
    }

    private List<ProcessInstance> instances(RegistryNumber registryNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value()).list();
    }

    private List<Task> followUp(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(FOLLOW_UP).list();
    }
}
