package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A row of an inbox: the task ({@link WorkTask}) and what it is about ({@link TaskSubject}, null when no context
 * knows its business key; {@link TaskPerson}, the member it concerns, null for a task about the whole record). A read model, redacted for the reader like any other.
 */
public record InboxTask(String id, String nameKey, String processKey, String businessKey, List<String> candidateGroups,
                        String assignee, Instant createdAt, Instant dueAt, String formKey, String siteCode, int priority,
                        TaskSubject subject, TaskPerson person) {

    static InboxTask of(WorkTask task, TaskSubject subject, TaskPerson person) {
        return new InboxTask(task.id(), task.nameKey(), task.processKey(), task.businessKey(), task.candidateGroups(),
                task.assignee(), task.createdAt(), task.dueAt(), task.formKey(), task.siteCode(), task.priority(), subject, person);
    }

    /** Whether a step ranked the task above the others (it is listed before them). */
    public boolean urgent() {
        return priority > WorkTask.NORMAL_PRIORITY;
    }
}
