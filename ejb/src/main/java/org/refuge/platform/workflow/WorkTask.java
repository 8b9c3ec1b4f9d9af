package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A user task as an inbox shows it: never the process variables, only what says what is to be done, where and since when.
 *
 * @param nameKey bundle key of the task's name ({@code task.<processKey>.<taskKey>})
 * @param formKey the form that completes the task ({@code <context>/<form>}), or null for a task done by a bare "done"
 * @param siteCode the site the task belongs to (its process's, or the site whose team a supervisor redirected it to), or
 *                 null for tasks of no site (supervision)
 * @param priority the engine's task priority: higher is done first, {@link #NORMAL_PRIORITY} unless a step ranked it
 * @param claimedAt when its holder took it (or was given it), null while nobody holds it
 * @param personId the person of the household the task is about (a member's screening), or null for a task about the
 *                 whole record
 */
public record WorkTask(String id, String nameKey, String processKey, String businessKey, List<String> candidateGroups,
                       String assignee, Instant createdAt, Instant dueAt, String formKey, String siteCode, int priority,
                       Instant claimedAt, String personId) {

    /** The engine's default priority, which every task has unless a step ranked it. */
    public static final int NORMAL_PRIORITY = 50;
}
