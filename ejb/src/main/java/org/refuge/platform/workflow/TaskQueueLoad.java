package org.refuge.platform.workflow;

import java.time.Instant;

/**
 * A row of the supervisors' list of queues: a candidate group at a site (null for a role that sees every site, or for a
 * site-bound role's tasks of no site), its open tasks, how many of them somebody holds, and the task waiting longest
 * for somebody to take it (null fields when nobody waits).
 */
public record TaskQueueLoad(String group, String siteCode, long open, long claimed, String oldestTaskId,
                            String oldestNameKey, String oldestBusinessKey, Instant oldestSince) {

    static TaskQueueLoad of(TaskBoard.Queue queue) {
        WorkTask oldest = queue.oldestWaiting();
        return new TaskQueueLoad(queue.group(), queue.siteCode(), queue.open(), queue.claimed(),
                oldest == null ? null : oldest.id(), oldest == null ? null : oldest.nameKey(),
                oldest == null ? null : oldest.businessKey(), oldest == null ? null : oldest.createdAt());
    }

    /** How many open tasks nobody holds yet. */
    public long waiting() {
        return open - claimed;
    }
}
