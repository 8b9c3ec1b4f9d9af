package org.refuge.platform.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;

/** The workflow port behind every role's inbox, implemented by the {@code bpmn} module. */
public interface TaskInbox {

    /** The message key of {@link #notAvailable()}. */
    String NOT_AVAILABLE = "refuge.task.notAvailable";

    /**
     * The refusal of a step on a task that is gone, taken by someone else, or not offered to the user's roles (409). A
     * screen that words it its own way asks {@code refusal.is(Kind.CONFLICT, NOT_AVAILABLE)}.
     */
    static Refusal notAvailable() {
        return Refusal.conflict(NOT_AVAILABLE);
    }

    /**
     * One page of the open tasks an inbox reaches, the highest task priority first, then the oldest first (ties by task
     * id, so that pages neither overlap nor skip a task), with their exact count: one query for the page and one for
     * the count, whatever the roles, and a fixed few for what the rows show (processes, candidate groups).
     *
     * @param businessKey only tasks of the process with this business key (a registry number); null for all
     */
    Page<WorkTask> openTasks(Reach reach, String businessKey, PageRequest request);

    /**
     * What an inbox reaches, role by role (site scope belongs to the role, not to the user): tasks offered to a group of
     * {@code everywhere} at any site; tasks offered to a group of {@code atSites} in processes of {@code sites} or in
     * national processes (which belong to no site); and tasks assigned to {@code user} within either scope. A task
     * offered to a group stays in its inboxes once a colleague has taken it (the row says who holds it; only the holder
     * works on it). Without any group, the user's own tasks at their sites.
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
