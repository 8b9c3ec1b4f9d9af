package org.refuge.platform.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.TaskInbox.QueuedTask;
import org.refuge.platform.workflow.WorkTask;

/** The inbox port on Flowable's task service. Candidate groups are Keycloak role names. */
@ApplicationScoped
public class FlowableTaskInbox implements TaskInbox {

    /** The process variable that binds a process to a site; inboxes of site-bound users filter on it. */
    static final String SITE_CODE = "siteCode";

    /** The process variable that marks a national process, whose tasks belong to no site. */
    static final String SCOPE = "scope";
    static final String NATIONAL = "national";

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Override
    public List<WorkTask> openTasks(Collection<String> groups, String user, Collection<String> sites, String businessKey, int max) {
        if (sites == null) {
            return toWorkTasks(offered(groups, user, businessKey).listPage(0, max));
        }
        List<Task> found = new ArrayList<>();
        for (String site : sites) {
            found.addAll(offered(groups, user, businessKey).processVariableValueEquals(SITE_CODE, site).listPage(0, max));
        }
        // national processes (the action plan) belong to no site: their tasks reach the groups' staff everywhere
        found.addAll(offered(groups, user, businessKey).processVariableValueEquals(SCOPE, NATIONAL).listPage(0, max));
        found.sort(Comparator.comparing(Task::getCreateTime));
        return toWorkTasks(found.subList(0, Math.min(max, found.size())));
    }

    private TaskQuery offered(Collection<String> groups, String user, String businessKey) {
        TaskQuery query = tasks.createTaskQuery().or().taskAssignee(user);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(new ArrayList<>(groups));
        }
        query = query.endOr().active();
        if (businessKey != null) {
            query = query.processInstanceBusinessKey(businessKey);
        }
        return query.orderByTaskCreateTime().asc();
    }

    @Override
    public Optional<WorkTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(toWorkTasks(List.of(task)).get(0));
    }

    @Override
    public void claim(String taskId, String user) {
        tasks.claim(taskId, user);
    }

    @Override
    public void unclaim(String taskId) {
        tasks.unclaim(taskId);
    }

    @Override
    public void complete(String taskId) {
        complete(taskId, Map.of());
    }

    /** A task completed by someone else a moment before is no longer available: the caller says so, no error page. */
    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (org.flowable.common.engine.api.FlowableObjectNotFoundException gone) {
            throw new org.refuge.platform.workflow.TaskNotAvailableException(taskId);
        }
    }

    @Override
    public List<QueuedTask> openTasksOf(String processKey, String taskKey, String businessKey, int max) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey).active();
        if (businessKey != null) {
            query = query.processInstanceBusinessKey(businessKey);
        }
        return queued(query.orderByTaskCreateTime().asc().listPage(0, max));
    }

    @Override
    public org.refuge.platform.paging.Page<QueuedTask> openTasksOf(String processKey, String taskKey, String businessKeyPart,
                                                                    org.refuge.platform.paging.PageRequest request) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey).active();
        if (businessKeyPart != null) {
            if (!businessKeyPart.matches("[A-Za-z0-9-]+")) {
                // no business key holds anything else (and no LIKE wildcard reaches the query)
                return org.refuge.platform.paging.Page.of(List.of(), 0, request);
            }
            query = query.processInstanceBusinessKeyLikeIgnoreCase("%" + businessKeyPart + "%");
        }
        long total = query.count();
        List<Task> found = query.orderByTaskPriority().desc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(request.first(), request.size());
        return org.refuge.platform.paging.Page.of(queued(found), total, request);
    }

    @Override
    public org.refuge.platform.paging.Page<QueuedTask> openTasksOf(String processKey, String taskKey, Collection<String> businessKeys,
                                                                    org.refuge.platform.paging.PageRequest request) {
        if (businessKeys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("At most " + MAX_KEYS + " business keys");
        }
        // Flowable's task query takes one business key; the process instances of each key, then their tasks in one query
        List<String> instances = new ArrayList<>();
        for (String key : businessKeys) {
            runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(key).list()
                    .forEach(instance -> instances.add(instance.getId()));
        }
        if (instances.isEmpty()) {
            return org.refuge.platform.paging.Page.of(List.of(), 0, request);
        }
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey).active()
                .processInstanceIdIn(instances);
        long total = query.count();
        List<Task> found = query.orderByTaskPriority().desc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(request.first(), request.size());
        return org.refuge.platform.paging.Page.of(queued(found), total, request);
    }

    @Override
    public void prioritize(String taskId, int priority) {
        tasks.setPriority(taskId, priority);
    }

    private List<QueuedTask> queued(List<Task> found) {
        // the business keys in one more query; no candidate groups or variables, which a queue does not show
        Map<String, String> businessKeys = new HashMap<>();
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
        }
        return found.stream().map(task -> new QueuedTask(task.getId(), businessKeys.get(task.getProcessInstanceId()),
                task.getCreateTime().toInstant(), task.getPriority())).toList();
    }

    private List<WorkTask> toWorkTasks(List<Task> found) {
        Map<String, String> processKeys = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> siteCodes = new HashMap<>();
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                    .includeProcessVariables().list()) {
                processKeys.put(instance.getId(), instance.getProcessDefinitionKey());
                businessKeys.put(instance.getId(), instance.getBusinessKey());
                Object site = instance.getProcessVariables().get(SITE_CODE);
                siteCodes.put(instance.getId(), site == null ? null : site.toString());
            }
        }
        return found.stream().map(task -> new WorkTask(task.getId(),
                "task." + processKeys.get(task.getProcessInstanceId()) + "." + task.getTaskDefinitionKey(),
                processKeys.get(task.getProcessInstanceId()), businessKeys.get(task.getProcessInstanceId()),
                candidateGroups(task), task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getFormKey(),
                siteCodes.get(task.getProcessInstanceId()))).toList();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }
}
