package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A row of the supervisors' list of claimed tasks: the task, who holds it since when, how many tasks that person holds
 * in all, and what it is about ({@link TaskSubject}, null when no context knows its business key). A read model,
 * redacted for the reader like any other.
 */
public record ClaimedTask(String id, String nameKey, String processKey, String businessKey, List<String> candidateGroups,
                          String siteCode, String assignee, Instant claimedAt, Instant createdAt, Instant dueAt,
                          long heldByAssignee, TaskSubject subject) {

    static ClaimedTask of(WorkTask task, long heldByAssignee, TaskSubject subject) {
        return new ClaimedTask(task.id(), task.nameKey(), task.processKey(), task.businessKey(), task.candidateGroups(),
                task.siteCode(), task.assignee(), task.claimedAt(), task.createdAt(), task.dueAt(), heldByAssignee, subject);
    }
}
