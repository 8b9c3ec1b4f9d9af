package org.refuge.platform.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workflow port behind every role's inbox, implemented by the {@code bpmn} module. */
public interface TaskInbox {

    /**
     * Open tasks offered to any of these groups or assigned to this user, oldest first.
     *
     * @param sites only tasks of these sites; null for every site
     * @param businessKey only tasks of the process with this business key (a registry number); null for all
     */
    List<WorkTask> openTasks(Collection<String> groups, String user, Collection<String> sites, String businessKey, int max);

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

    /**
     * One page of the open tasks of one step of one process at every site, ordered by the engine's database: higher
     * task priority first, then oldest first (then by task id, so pages never overlap), with the exact total. The
     * caller checks roles and scope.
     *
     * @param businessKeyPart only tasks whose process's business key (a registry number) contains this, ignoring case;
     *                        null for all
     */
    org.refuge.platform.paging.Page<QueuedTask> openTasksOf(String processKey, String taskKey, String businessKeyPart,
                                                             org.refuge.platform.paging.PageRequest request);

    /**
     * The same page for the processes with these business keys only (a search by name found the keys): at most
     * {@value #MAX_KEYS} keys, looked up one by one.
     */
    org.refuge.platform.paging.Page<QueuedTask> openTasksOf(String processKey, String taskKey, Collection<String> businessKeys,
                                                             org.refuge.platform.paging.PageRequest request);

    /** The most business keys {@link #openTasksOf(String, String, Collection, org.refuge.platform.paging.PageRequest)} takes. */
    int MAX_KEYS = 100;

    /** Sets an open task's priority (the rank of a queue that orders by it). */
    void prioritize(String taskId, int priority);

    /** An open task in a cross-site queue: its id, its process's business key, since when it waits and its priority. */
    record QueuedTask(String id, String businessKey, java.time.Instant createdAt, int priority) {
    }
}
