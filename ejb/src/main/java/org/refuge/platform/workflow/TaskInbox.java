package org.refuge.platform.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/** The workflow port behind every role's inbox, implemented by the {@code bpmn} module. */
public interface TaskInbox {

    /**
     * One page of the open tasks an inbox reaches, oldest first (ties by task id, so that pages neither overlap nor
     * skip a task), with their exact count: one query for the page and one for the count, whatever the roles.
     *
     * @param businessKey only tasks of the process with this business key (a registry number); null for all
     */
    Page<WorkTask> openTasks(Reach reach, String businessKey, PageRequest request);

    /**
     * What an inbox reaches, role by role (site scope belongs to the role, not to the user): tasks offered to a group of
     * {@code everywhere} at any site; tasks offered to a group of {@code atSites} in processes of {@code sites} or in
     * national processes (which belong to no site); and tasks assigned to {@code user} within either scope. Without
     * any group, the user's own tasks at their sites.
     */
    record Reach(String user, Collection<String> everywhere, Collection<String> atSites, Collection<String> sites) {
        public Reach {
            everywhere = List.copyOf(everywhere);
            atSites = List.copyOf(atSites);
            sites = List.copyOf(sites);
        }
    }

    Optional<WorkTask> task(String taskId);

    void claim(String taskId, String user);

    void unclaim(String taskId);

    void complete(String taskId);

    /** Completes a task with process variables (a decision the process branches on, the site of its next steps). */
    void complete(String taskId, Map<String, Object> variables);

    /**
     * Open tasks of one step of one process at every site, oldest first: the queues that cross sites (households
     * screened at any border crossing point wait for a bed in any camp). Only what a queue needs, read in one query.
     * The caller checks roles and scope.
     *
     * @param businessKey only the task of this process (a registry number); null for all
     */
    List<QueuedTask> openTasksOf(String processKey, String taskKey, String businessKey, int max);

    /** An open task in a cross-site queue: its id, its process's business key and since when it waits. */
    record QueuedTask(String id, String businessKey, java.time.Instant createdAt) {
    }
}
