package org.refuge.platform.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.workflow.InboxService;
import org.refuge.platform.workflow.InboxTask;
import org.refuge.platform.workflow.TaskInbox;

/**
 * The inbox of the signed-in user's roles: open tasks, the most urgent and then the oldest first, each with what it is
 * about (a household's head, size, needs and border crossing point, or another record's title), its age and due
 * time and who holds it; claim, release and complete. A task with a form opens from its name, a link that Enter
 * follows.
 */
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

    /** The inbox as a lazy table: each page is one service call, the paginator shows how many tasks there are in all. */
    private final PagedList<InboxTask> tasks = new PagedList<>(request -> inbox.myTasks(reference, request), InboxTask::id);

    public PagedList<InboxTask> getTasks() {
        return tasks;
    }

    /** Narrows the list to one family's tasks, by registry number (the form's update reads the first page again). */
    public void filter() {
        // the table reads its count and first page with the reference typed
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }

    public boolean mine(InboxTask task) {
        return user.getMe().username().equals(task.assignee());
    }

    /** Whether the user can open the task's form now: it has one, and nobody else holds the task. */
    public boolean opens(InboxTask task) {
        return task.formKey() != null && (task.assignee() == null || mine(task));
    }

    /** Age of a task since it was created, for the "waiting" column. */
    public String age(InboxTask task) {
        return span(Duration.between(task.createdAt(), Instant.now()));
    }

    /** When the task is due, from now: "in 3 h 20 min", or "overdue by 1 h 5 min"; empty without a due time. */
    public String due(InboxTask task) {
        if (task.dueAt() == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), task.dueAt());
        return left.isNegative() ? messages.text("inbox.overdueBy", span(left.negated())) : messages.text("inbox.dueIn", span(left));
    }

    public boolean overdue(InboxTask task) {
        return task.dueAt() != null && task.dueAt().isBefore(Instant.now());
    }

    /** A duration as days and hours from two days on, as hours and minutes below. */
    private String span(Duration duration) {
        return duration.toHours() >= 48 ? messages.text("inbox.days", duration.toDays(), duration.toHoursPart())
                : messages.text("inbox.age", duration.toHours(), duration.toMinutesPart());
    }

    public void claim(InboxTask task) {
        act(() -> inbox.claim(task.id()), "inbox.claimed");
    }

    public void release(InboxTask task) {
        act(() -> inbox.release(task.id()), "inbox.released");
    }

    public void complete(InboxTask task) {
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
