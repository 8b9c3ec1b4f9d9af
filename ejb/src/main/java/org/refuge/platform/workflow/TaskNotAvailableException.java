package org.refuge.platform.workflow;

import jakarta.ejb.ApplicationException;

/** The task is gone, taken by someone else, or not offered to the user's roles. */
@ApplicationException(rollback = true)
public class TaskNotAvailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskNotAvailableException(String taskId) {
        super("Task " + taskId + " is not available to this user");
    }
}
