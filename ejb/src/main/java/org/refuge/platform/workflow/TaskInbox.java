package org.refuge.platform.workflow;

import java.util.Collection;
import java.util.List;
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
}
