package org.refuge.platform.workflow;

import org.refuge.platform.refusal.Refusal;

/**
 * The task is gone, taken by someone else, or not offered to the user's roles (409). A named {@link Refusal} while
 * the protection context still catches it by name; once it does not, its throw sites become
 * {@code Refusal.conflict("refuge.task.notAvailable")}.
 */
public class TaskNotAvailableException extends Refusal {
    private static final long serialVersionUID = 1L;

    public TaskNotAvailableException(String taskId) {
        super(Kind.CONFLICT, null, "refuge.task.notAvailable");
    }
}
