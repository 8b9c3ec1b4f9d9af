package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A user task as an inbox shows it: never the process variables, only what says what is to be done and since when.
 *
 * @param nameKey bundle key of the task's name ({@code task.<processKey>.<taskKey>})
 */
public record WorkTask(String id, String nameKey, String processKey, String businessKey, List<String> candidateGroups,
                       String assignee, Instant createdAt, Instant dueAt) {
}
