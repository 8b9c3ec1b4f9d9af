package org.refuge.platform.workflow;

import java.util.List;

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
        return inbox.openTasks(currentUser.roles(), currentUser.username(),
                currentUser.seesAllSites() ? null : currentUser.sites(), key, max);
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
        boolean offered = task.candidateGroups().stream().anyMatch(currentUser.roles()::contains);
        if (!offered && !currentUser.username().equals(task.assignee())) {
            throw new TaskNotAvailableException(taskId);
        }
        if (task.siteCode() != null && !currentUser.seesAllSites() && !currentUser.sites().contains(task.siteCode())) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }
}
