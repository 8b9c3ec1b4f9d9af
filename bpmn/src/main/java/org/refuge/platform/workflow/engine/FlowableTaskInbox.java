package org.refuge.platform.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.TaskInbox.QueuedTask;
import org.refuge.platform.workflow.WorkTask;

/** The inbox port on Flowable's task service. Candidate groups are Keycloak role names. */
@ApplicationScoped
public class FlowableTaskInbox implements TaskInbox {

    /** The process variable that binds a process to a site; inboxes of site-bound users filter on it. */
    static final String SITE_CODE = "siteCode";

    /**
     * The separator of a site group: {@code medical@BCP-MARGARA} offers a task to the medical staff of that site whatever
     * site its process is at (a supervisor's redirection, TaskRedirects). Inboxes and {@link WorkTask} show the role and
     * that site; the engine's candidate group keeps both.
     */
    static final char SITE_GROUP = '@';

    /** The candidate group of a role's team at one site. */
    static String siteGroup(String role, org.refuge.shared.SiteCode site) {
        return role + SITE_GROUP + site.value();
    }

    /** The process variable that names the member of the household a process is about (a member's screening). */
    static final String PERSON_ID = "personId";

    /** The process variable that marks a national process, whose tasks belong to no site. */
    static final String SCOPE = "scope";
    static final String NATIONAL = "national";

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Override
    public Page<WorkTask> openTasks(Reach reach, String businessKey, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = reached(reach, businessKey, parameters);
        NativeTaskQuery count = tasks.createNativeTaskQuery().sql("SELECT count(*) FROM ACT_RU_TASK T WHERE " + where);
        NativeTaskQuery page = tasks.createNativeTaskQuery()
                .sql("SELECT T.* FROM ACT_RU_TASK T WHERE " + where + " ORDER BY T.PRIORITY_ DESC, T.CREATE_TIME_ ASC, T.ID_ ASC");
        parameters.forEach((name, value) -> {
            count.parameter(name, value);
            page.parameter(name, value);
        });
        long total = count.count();
        List<Task> found = request.first() >= total ? List.of() : page.listPage(request.first(), request.size());
        return Page.of(toWorkTasks(found), total, request);
    }

    /**
     * The condition on Flowable's task table ({@code T}) for the tasks an inbox reaches ({@link Reach}), in one
     * statement, so that one count and one page answer for all the user's roles. A group's tasks include those a
     * colleague has claimed (unlike Flowable's candidate queries), so that the inbox can say who holds them; process
     * variables are those of the process instance.
     */
    private static String reached(Reach reach, String businessKey, Map<String, Object> parameters) {
        parameters.put("inboxUser", reach.user());
        List<String> branches = new ArrayList<>();
        if (!reach.everywhere().isEmpty()) {
            branches.add("(" + assignedOrOffered(reach.everywhere(), "inboxAll", parameters) + ")");
        }
        if (!reach.atSites().isEmpty() || reach.everywhere().isEmpty()) {
            // national processes (the action plan) belong to no site: their tasks reach the groups' staff everywhere
            String sites = "";
            if (!reach.sites().isEmpty()) {
                sites = "(V.NAME_ = '" + SITE_CODE + "' AND V.TEXT_ IN (" + list(reach.sites(), "inboxSite", parameters) + ")) OR ";
            }
            branches.add("((" + assignedOrOffered(reach.atSites(), "inboxAtSites", parameters) + ") AND EXISTS (SELECT 1 FROM "
                    + "ACT_RU_VARIABLE V WHERE V.PROC_INST_ID_ = T.PROC_INST_ID_ AND V.TASK_ID_ IS NULL AND (" + sites
                    + "(V.NAME_ = '" + SCOPE + "' AND V.TEXT_ = '" + NATIONAL + "'))))");
        }
        if (!reach.atSites().isEmpty() && !reach.sites().isEmpty()) {
            // tasks a supervisor redirected to the team of one of the user's sites, whichever site their process is at
            List<String> siteGroups = new ArrayList<>();
            reach.atSites().forEach(role -> reach.sites().forEach(site -> siteGroups.add(role + SITE_GROUP + site)));
            branches.add("EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate' "
                    + "AND L.GROUP_ID_ IN (" + list(siteGroups, "inboxSiteGroup", parameters) + "))");
        }
        String where = "T.SUSPENSION_STATE_ = 1 AND (" + String.join(" OR ", branches) + ")";
        if (businessKey != null) {
            parameters.put("inboxBusinessKey", businessKey);
            where += " AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION P WHERE P.ID_ = T.PROC_INST_ID_ AND P.BUSINESS_KEY_ = #{inboxBusinessKey})";
        }
        return where;
    }

    private static String assignedOrOffered(Collection<String> groups, String prefix, Map<String, Object> parameters) {
        String assigned = "T.ASSIGNEE_ = #{inboxUser}";
        if (groups.isEmpty()) {
            return assigned;
        }
        // a task a colleague has taken stays in the group's inboxes, which say who holds it
        return assigned + " OR EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_ "
                + "AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IN (" + list(groups, prefix, parameters) + "))";
    }

    /** Bind parameters for the values (never the values in the SQL text). */
    private static String list(Collection<String> values, String prefix, Map<String, Object> parameters) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            String name = prefix + names.size();
            parameters.put(name, value);
            names.add("#{" + name + "}");
        }
        return String.join(", ", names);
    }

    @Override
    public Optional<WorkTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(toWorkTasks(List.of(task)).get(0));
    }

    /**
     * A task a colleague claimed or completed a moment before (the engine refuses the claim, or its write meets theirs:
     * an optimistic lock, or a deadlock PostgreSQL broke) is no longer available: the caller says so, no error page.
     * Seen with 1,000 users at once: a screening form opened while a colleague's desk took the same task. A deadlock
     * need not mean the task was taken; the user opens it again from the inbox.
     */
    @Override
    public void claim(String taskId, String user) {
        unlessTakenMeanwhile(() -> tasks.claim(taskId, user));
    }

    private static void unlessTakenMeanwhile(Runnable command) {
        try {
            command.run();
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException | FlowableTaskAlreadyClaimedException takenMeanwhile) {
            throw TaskInbox.notAvailable();
        } catch (RuntimeException e) {
            if (concurrentWrite(e)) {
                throw TaskInbox.notAvailable();
            }
            throw e;
        }
    }

    /** Whether PostgreSQL refused a write for another transaction's (deadlock detected, or a serialization failure). */
    static boolean concurrentWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40P01") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
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
        unlessTakenMeanwhile(() -> tasks.complete(taskId, variables));
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

    /**
     * The tasks as inboxes show them, in their order, in two more queries whatever their number: their process
     * instances with their variables (process key, business key, site), and the tasks again with their identity links
     * (candidate groups).
     */
    List<WorkTask> toWorkTasks(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> processKeys = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> siteCodes = new HashMap<>();
        Map<String, String> personIds = new HashMap<>();
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                    .includeProcessVariables().list()) {
                processKeys.put(instance.getId(), instance.getProcessDefinitionKey());
                businessKeys.put(instance.getId(), instance.getBusinessKey());
                Object site = instance.getProcessVariables().get(SITE_CODE);
                siteCodes.put(instance.getId(), site == null ? null : site.toString());
                Object person = instance.getProcessVariables().get(PERSON_ID);
                personIds.put(instance.getId(), person == null ? null : person.toString());
            }
        }
        Map<String, List<String>> groups = candidateGroups(found.stream().map(Task::getId).toList());
        return found.stream().map(task -> {
            List<String> links = groups.getOrDefault(task.getId(), List.of());
            // a site group names the role and the site whose team the task was redirected to: that is the task's site
            String redirectedTo = links.stream().filter(group -> group.indexOf(SITE_GROUP) > 0)
                    .map(group -> group.substring(group.indexOf(SITE_GROUP) + 1)).findFirst().orElse(null);
            List<String> roles = links.stream().map(group -> group.indexOf(SITE_GROUP) > 0 ? group.substring(0, group.indexOf(SITE_GROUP))
                    : group).distinct().sorted().toList();
            return new WorkTask(task.getId(), "task." + processKeys.get(task.getProcessInstanceId()) + "." + task.getTaskDefinitionKey(),
                    processKeys.get(task.getProcessInstanceId()), businessKeys.get(task.getProcessInstanceId()), roles,
                    task.getAssignee(), task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getFormKey(), redirectedTo != null ? redirectedTo : siteCodes.get(task.getProcessInstanceId()),
                    task.getPriority(), task.getClaimTime() == null ? null : task.getClaimTime().toInstant(),
                    personIds.get(task.getProcessInstanceId()));
        }).toList();
    }

    /** The candidate groups of each of these tasks (site groups as the engine keeps them), sorted, in one query. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Task task : tasks.createTaskQuery().taskIds(taskIds).includeIdentityLinks().list()) {
            groups.put(task.getId(), task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(org.flowable.identitylink.api.IdentityLinkInfo::getGroupId).distinct().sorted().toList());
        }
        return groups;
    }
}
