package org.refuge.platform.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.workflow.InboxService;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;

/** The inbox of the signed-in user's roles: open tasks, their age, claim, release and complete. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxService inbox;

    @Inject
    Messages messages;

    @Inject
    UserView user;

    private String reference;

    /** The inbox as a lazy table: each page is one query, the paginator shows how many tasks there are in all. */
    private final PagedList<WorkTask> tasks = new PagedList<>(request -> inbox.myTasks(reference, request), WorkTask::id);

    public PagedList<WorkTask> getTasks() {
        return tasks;
    }

    /** Narrows the list to one family's tasks, by registry number (the form's update reads the first page again). */
    public void filter() {
        // the table reads its count and first page with the reference typed
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }

    public boolean mine(WorkTask task) {
        return user.getMe().username().equals(task.assignee());
    }

    /** Age of a task as hours and minutes, for the "waiting since" column. */
    public String age(WorkTask task) {
        Duration age = Duration.between(task.createdAt(), Instant.now());
        return messages.text("inbox.age", age.toHours(), age.toMinutesPart());
    }

    public boolean overdue(WorkTask task) {
        return task.dueAt() != null && task.dueAt().isBefore(Instant.now());
    }

    public void claim(WorkTask task) {
        act(() -> inbox.claim(task.id()), "inbox.claimed");
    }

    public void release(WorkTask task) {
        act(() -> inbox.release(task.id()), "inbox.released");
    }

    public void complete(WorkTask task) {
        act(() -> inbox.complete(task.id()), "inbox.completed");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.CONFLICT, TaskInbox.NOT_AVAILABLE)) {
                throw e;
            }
            messages.error("inbox.notAvailable");
        }
    }
}
