package org.refuge.platform.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;

/**
 * Each role's inbox: the tasks offered to the user's roles, at the user's sites, and those the user has claimed.
 * Claiming and completing are checked here against the task's candidate groups, site and assignee, never only by
 * the screen. Tasks with a form are completed by their form's service, not by a bare "done".
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class InboxService {

    @Inject
    TaskInbox inbox;

    @Inject
    CurrentUser currentUser;

    /** Every context that knows what some tasks are about. */
    @Inject
    @Any
    Instance<TaskSubjects> subjects;

    /**
     * One page of the user's open tasks, the most urgent first (the engine's task priority), then the oldest first, so
     * that the queue is worked in the order families arrived unless a step ranked one before; and how many there are:
     * those of one family (its registry number is the business key of its processes) or of one influx event (its id),
     * or all when {@code reference} is null. Each role the user acts in keeps its own scope: the tasks of all-sites
     * roles everywhere, those of the others at the user's sites. Each row says what its task is about
     * ({@link TaskSubject}), asked of the contexts for the whole page at once: a page costs the same few queries
     * whatever its size.
     */
    public Page<InboxTask> myTasks(String reference, @NotNull PageRequest request) {
        String key = reference == null || reference.isBlank() ? null : businessKey(reference.strip());
        List<String> roles = currentUser.actingRoles();
        List<String> everywhere = roles.stream().filter(Roles.ALL_SITES::contains).toList();
        List<String> atSites = roles.stream().filter(role -> !Roles.ALL_SITES.contains(role)).toList();
        Page<WorkTask> page = inbox.openTasks(new TaskInbox.Reach(currentUser.username(), everywhere, atSites, currentUser.sites()),
                key, request);
        Set<String> keys = page.items().stream().map(WorkTask::businessKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, TaskSubject> found = new HashMap<>();
        if (!keys.isEmpty()) {
            subjects.forEach(context -> found.putAll(context.of(keys)));
        }
        Set<String> personIds = page.items().stream().map(WorkTask::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, TaskPerson> persons = new HashMap<>();
        if (!personIds.isEmpty()) {
            subjects.forEach(context -> persons.putAll(context.persons(personIds)));
        }
        return page.map(task -> InboxTask.of(task, task.businessKey() == null ? null : found.get(task.businessKey()),
                task.personId() == null ? null : persons.get(task.personId())));
    }

    /** Registry numbers are upper case, whatever was typed; an influx event's id (a UUID) is lower case. */
    private static String businessKey(String reference) {
        try {
            return java.util.UUID.fromString(reference).toString();
        } catch (IllegalArgumentException notAnId) {
            return reference.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public void claim(String taskId) {
        WorkTask task = visibleTask(taskId);
        if (task.assignee() != null) {
            throw TaskInbox.notAvailable();
        }
        inbox.claim(taskId, currentUser.username());
    }

    public void release(String taskId) {
        WorkTask task = visibleTask(taskId);
        if (!currentUser.username().equals(task.assignee())) {
            throw TaskInbox.notAvailable();
        }
        inbox.unclaim(taskId);
    }

    /** Completes a task that needs no form of its own; tasks with forms are completed by their context's service. */
    public void complete(String taskId) {
        WorkTask task = visibleTask(taskId);
        if (!currentUser.username().equals(task.assignee()) || task.formKey() != null) {
            throw TaskInbox.notAvailable();
        }
        inbox.complete(taskId);
    }

    private WorkTask visibleTask(String taskId) {
        WorkTask task = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        List<String> offeredAs = task.candidateGroups().stream().filter(currentUser.roles()::contains).toList();
        boolean atSite = task.siteCode() == null || currentUser.sites().contains(task.siteCode());
        // offered in a role that sees all sites, or in a site-bound role at one of the user's sites
        boolean reachable = offeredAs.stream().anyMatch(role -> Roles.ALL_SITES.contains(role) || atSite);
        if (!reachable && !currentUser.username().equals(task.assignee())) {
            throw TaskInbox.notAvailable();
        }
        return task;
    }
}
