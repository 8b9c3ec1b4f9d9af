package org.refuge.platform.workflow;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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

    /** Oldest first, so the queue is worked in the order families arrived. */
    public List<WorkTask> myTasks(int max) {
        return myTasks(null, max);
    }

    /**
     * The open tasks of one family (its registry number is the business key of its processes) or of one influx event
     * (its id), or all when null.
     */
    public List<WorkTask> myTasks(String reference, int max) {
        String key = reference == null || reference.isBlank() ? null : businessKey(reference.strip());
        // each role with its own scope: the tasks of all-sites roles everywhere, those of the others at the user's sites
        List<String> everywhere = currentUser.roles().stream().filter(Roles.ALL_SITES::contains).toList();
        List<String> atSites = currentUser.roles().stream().filter(role -> !Roles.ALL_SITES.contains(role)).toList();
        Map<String, WorkTask> found = new LinkedHashMap<>();
        if (!everywhere.isEmpty()) {
            inbox.openTasks(everywhere, currentUser.username(), null, key, max).forEach(t -> found.put(t.id(), t));
        }
        if (!atSites.isEmpty() || everywhere.isEmpty()) {
            inbox.openTasks(atSites, currentUser.username(), currentUser.sites(), key, max).forEach(t -> found.putIfAbsent(t.id(), t));
        }
        return found.values().stream().sorted(Comparator.comparing(WorkTask::createdAt)).limit(max).toList();
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
            throw new TaskNotAvailableException(taskId);
        }
        inbox.claim(taskId, currentUser.username());
    }

    public void release(String taskId) {
        WorkTask task = visibleTask(taskId);
        if (!currentUser.username().equals(task.assignee())) {
            throw new TaskNotAvailableException(taskId);
        }
        inbox.unclaim(taskId);
    }

    /** Completes a task that needs no form of its own; tasks with forms are completed by their context's service. */
    public void complete(String taskId) {
        WorkTask task = visibleTask(taskId);
        if (!currentUser.username().equals(task.assignee()) || task.formKey() != null) {
            throw new TaskNotAvailableException(taskId);
        }
        inbox.complete(taskId);
    }

    private WorkTask visibleTask(String taskId) {
        WorkTask task = inbox.task(taskId).orElseThrow(() -> new TaskNotAvailableException(taskId));
        List<String> offeredAs = task.candidateGroups().stream().filter(currentUser.roles()::contains).toList();
        boolean atSite = task.siteCode() == null || currentUser.sites().contains(task.siteCode());
        // offered in a role that sees all sites, or in a site-bound role at one of the user's sites
        boolean reachable = offeredAs.stream().anyMatch(role -> Roles.ALL_SITES.contains(role) || atSite);
        if (!reachable && !currentUser.username().equals(task.assignee())) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }
}
