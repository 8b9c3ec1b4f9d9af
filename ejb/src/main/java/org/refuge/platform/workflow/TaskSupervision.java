package org.refuge.platform.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.StaffDirectory;
import org.refuge.platform.security.StaffMember;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;
import org.refuge.shared.SiteCode;

/**
 * Supervisors see who holds how much work and how long each queue is, and move work: a task to another person who may
 * work on it (one of its candidate roles, at its site for a site-bound role: the inboxes' own rule, see
 * {@link StaffMember#rolesFor}), or back to its group. A supervisor sees all sites. Each move is one audit event on the
 * task: who moved it (the actor), from whom, to whom.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class TaskSupervision {

    /** The record type of a task in the audit trail. */
    public static final String AUDITED_AS = "Task";

    /** The roles tasks are offered to (candidate groups): every role but the auditor's and the administrator's. */
    public static final List<String> GROUPS = Roles.ALL.stream()
            .filter(role -> !Roles.AUDITOR.equals(role) && !Roles.ADMIN.equals(role)).toList();

    /** The most people a pick list offers. */
    public static final int MAX_ELIGIBLE = 200;

    @Inject
    TaskBoard board;

    @Inject
    TaskInbox inbox;

    @Inject
    StaffDirectory staff;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<TaskSubjects> subjects;

    /**
     * One page of the open tasks somebody holds, by holder and then oldest first, each with how many tasks its holder has
     * in all and what it is about; {@code assignee} narrows it to one person, {@code reference} to one family's tasks (its
     * registry number).
     */
    public Page<ClaimedTask> claimed(String assignee, String reference, @NotNull PageRequest request) {
        String holder = assignee == null || assignee.isBlank() ? null : assignee.strip();
        String key = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase(Locale.ROOT);
        Page<WorkTask> page = board.claimed(holder, key, request);
        Map<String, Long> held = new HashMap<>();
        page.items().stream().map(WorkTask::assignee).distinct().forEach(user -> held.put(user, board.heldBy(user)));
        Map<String, TaskSubject> found = subjectsOf(page.items());
        return page.map(task -> ClaimedTask.of(task, held.get(task.assignee()),
                task.businessKey() == null ? null : found.get(task.businessKey())));
    }

    /**
     * One page of the queues, by role (in the order of {@link Roles#ALL}) and then site code: each site-bound role at each
     * active site and for tasks of no site, each role that sees every site once. {@code group} and {@code siteCode}
     * narrow the list. The queues are counted for the page only.
     */
    public Page<TaskQueueLoad> queues(String group, SiteCode site, @NotNull PageRequest request) {
        List<TaskBoard.Queue> keys = new ArrayList<>();
        List<String> codes = sites.all().stream().filter(Site::active).map(Site::code).sorted().toList();
        for (String role : GROUPS) {
            if (group != null && !group.isBlank() && !role.equals(group.strip())) {
                continue;
            }
            List<SiteCode> at = new ArrayList<>();
            if (!Roles.ALL_SITES.contains(role)) {
                codes.forEach(code -> at.add(new SiteCode(code)));
            }
            at.add(null);
            at.stream().filter(code -> site == null || site.equals(code))
                    .forEach(code -> keys.add(new TaskBoard.Queue(role, code == null ? null : code.value(), 0, 0, null)));
        }
        return Page.slice(keys, request)
                .map(key -> TaskQueueLoad.of(board.queue(key.group(), siteOf(key.siteCode()), Roles.ALL_SITES.contains(key.group()))));
    }

    /** The people who may take this task, by user name ({@link #MAX_ELIGIBLE} at most), its holder left out. */
    public List<StaffMember> eligible(@NotNull String taskId) {
        WorkTask task = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        return staff.holding(task.candidateGroups(), siteOf(task.siteCode()), MAX_ELIGIBLE + 1).stream()
                .filter(member -> !member.username().equals(task.assignee())).limit(MAX_ELIGIBLE).toList();
    }

    /**
     * Gives an open task to {@code user}, whoever held it: refused (400) for a user Refuge has never seen, (409) for one
     * who holds none of the task's roles or holds them at other sites only. Giving a task to its holder changes nothing.
     */
    public ClaimedTask assign(@NotNull String taskId, String user) {
        WorkTask task = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        String target = user == null ? "" : user.strip();
        if (target.isEmpty()) {
            throw Refusal.invalid("user", "refuge.task.assignee.required");
        }
        StaffMember member = staff.find(target).orElseThrow(() -> Refusal.invalid("user", "refuge.task.assignee.unknown", target));
        if (!member.holdsAny(task.candidateGroups())) {
            throw Refusal.conflict("user", "refuge.task.assignee.role", target, String.join(", ", task.candidateGroups()))
                    .with("rule", "assigneeRole");
        }
        if (member.rolesFor(task.candidateGroups(), siteOf(task.siteCode())).isEmpty()) {
            throw Refusal.conflict("user", "refuge.task.assignee.site", target, task.siteCode()).with("rule", "assigneeSite");
        }
        if (!target.equals(task.assignee())) {
            board.assign(taskId, target);
            audit.record(AuditAction.UPDATE, AUDITED_AS, taskId, task.assignee() == null ? "given to " + target
                    : "moved from " + task.assignee() + " to " + target);
        }
        WorkTask moved = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        return ClaimedTask.of(moved, board.heldBy(target), subjectsOf(List.of(moved)).get(moved.businessKey()));
    }

    /** Takes a task from its holder back to its group (409 when nobody holds it). */
    public void unassign(@NotNull String taskId) {
        WorkTask task = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        if (task.assignee() == null) {
            throw Refusal.conflict("refuge.task.notClaimed").with("rule", "notClaimed");
        }
        inbox.unclaim(taskId);
        audit.record(AuditAction.UPDATE, AUDITED_AS, taskId, "returned from " + task.assignee() + " to its group");
    }

    /** A task's or queue's site (read models carry it as text), or null for none. */
    private static SiteCode siteOf(String code) {
        return code == null ? null : new SiteCode(code);
    }

    /** What the tasks are about, asked of the contexts for all of them at once. */
    private Map<String, TaskSubject> subjectsOf(List<WorkTask> tasks) {
        Set<String> keys = tasks.stream().map(WorkTask::businessKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, TaskSubject> found = new HashMap<>();
        if (!keys.isEmpty()) {
            subjects.forEach(context -> found.putAll(context.of(keys)));
        }
        return found;
    }
}
