package org.refuge.platform.workflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.workflow.TaskBoard;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.shared.SiteCode;

/**
 * The supervisors' board on Flowable's task service: the engine's task and native task queries ({@code count()} and
 * {@code listPage}); a redirected task carries its role's site group ({@code medical@BCP-...}) instead of the role
 * ({@link FlowableTaskInbox#siteGroup}).
 */
@ApplicationScoped
public class FlowableTaskBoard implements TaskBoard {

    /** How many tasks a redirection moves per query (it queries again until none is left). */
    private static final int MOVE_BATCH = 500;

    @Inject
    TaskService tasks;

    @Inject
    FlowableTaskInbox inbox;

    @Inject
    ManagementService management;

    @Override
    public Page<WorkTask> claimed(String assignee, String businessKey, PageRequest request) {
        TaskQuery query = tasks.createTaskQuery().active();
        query = assignee == null ? query.taskAssigned() : query.taskAssignee(assignee);
        if (businessKey != null) {
            query = query.processInstanceBusinessKey(businessKey);
        }
        long total = query.count();
        List<Task> found = request.first() >= total ? List.of()
                : query.orderByTaskAssignee().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                        .listPage(request.first(), request.size());
        return Page.of(inbox.toWorkTasks(found), total, request);
    }

    @Override
    public long heldBy(String assignee) {
        return tasks.createTaskQuery().active().taskAssignee(assignee).count();
    }

    @Override
    public Queue queue(String group, SiteCode site, boolean allSites) {
        Map<String, Object> parameters = new HashMap<>();
        String where = "T.SUSPENSION_STATE_ = 1 AND " + offered(group, site, allSites, parameters);
        long open = query("SELECT count(*) FROM ACT_RU_TASK T WHERE " + where, parameters).count();
        long claimed = open == 0 ? 0 : query("SELECT count(*) FROM ACT_RU_TASK T WHERE " + where + " AND T.ASSIGNEE_ IS NOT NULL",
                parameters).count();
        List<Task> oldest = open == claimed ? List.of() : query("SELECT T.* FROM ACT_RU_TASK T WHERE " + where
                + " AND T.ASSIGNEE_ IS NULL ORDER BY T.CREATE_TIME_ ASC, T.ID_ ASC", parameters).listPage(0, 1);
        return new Queue(group, site == null ? null : site.value(), open, claimed, oldest.isEmpty() ? null : inbox.toWorkTasks(oldest).get(0));
    }

    /**
     * The tasks of a queue: offered to a role that sees every site anywhere; to a site-bound role in processes of the
     * site or redirected to the site's team; or, without a site, to a site-bound role in processes of no site.
     */
    private static String offered(String group, SiteCode site, boolean allSites, Map<String, Object> parameters) {
        parameters.put("queueGroup", group);
        String toGroup = candidate("#{queueGroup}");
        if (allSites) {
            return toGroup;
        }
        String siteVariable = "EXISTS (SELECT 1 FROM ACT_RU_VARIABLE V WHERE V.PROC_INST_ID_ = T.PROC_INST_ID_ AND V.TASK_ID_ IS NULL "
                + "AND V.NAME_ = '" + FlowableTaskInbox.SITE_CODE + "'";
        if (site == null) {
            return toGroup + " AND NOT " + siteVariable + ")";
        }
        parameters.put("queueSite", site.value());
        parameters.put("queueSiteGroup", FlowableTaskInbox.siteGroup(group, site));
        return "((" + toGroup + " AND " + siteVariable + " AND V.TEXT_ = #{queueSite})) OR " + candidate("#{queueSiteGroup}") + ")";
    }

    private static String candidate(String group) {
        return "EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ = " + group + ")";
    }

    private NativeTaskQuery query(String sql, Map<String, Object> parameters) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    @Override
    public void assign(String taskId, String user) {
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw TaskInbox.notAvailable();
            }
            if (task.getAssignee() != null) {
                tasks.unclaim(taskId);
            }
            // claimed now, by the engine's clock: the idle limit counts from here
            tasks.claim(taskId, user);
        } catch (FlowableObjectNotFoundException gone) {
            throw TaskInbox.notAvailable();
        }
    }

    /**
     * A native query: Flowable 7.2's {@code TaskQuery.taskClaimedBefore} is not part of the runtime task query's SQL (only
     * the historic one's), so it would return every claimed task.
     */
    @Override
    public List<IdleClaim> claimedBefore(Instant cutoff, int max) {
        return tasks.createNativeTaskQuery().sql("SELECT T.* FROM ACT_RU_TASK T WHERE T.SUSPENSION_STATE_ = 1 "
                        + "AND T.ASSIGNEE_ IS NOT NULL AND T.CLAIM_TIME_ < #{idleCutoff} ORDER BY T.CLAIM_TIME_ ASC, T.ID_ ASC")
                .parameter("idleCutoff", Date.from(cutoff)).listPage(0, max).stream()
                .filter(task -> task.getClaimTime() != null)
                .map(task -> new IdleClaim(task.getId(), task.getAssignee(), task.getClaimTime().toInstant())).toList();
    }

    /**
     * The look and the unclaim run in one engine command: the unclaim writes the task row read by the look, with its
     * revision, so a claim made in between (by its holder or a supervisor) makes the engine refuse the write
     * ({@link FlowableOptimisticLockingException}) instead of taking the new claim away; the task is then left as it is.
     */
    @Override
    public boolean returnIfIdle(IdleClaim claim, Instant cutoff) {
        try {
            return management.executeCommand(context -> {
                Task task = tasks.createTaskQuery().taskId(claim.taskId()).singleResult();
                if (task == null || !claim.assignee().equals(task.getAssignee()) || task.getClaimTime() == null
                        || task.getClaimTime().toInstant().isAfter(cutoff)) {
                    return false;
                }
                tasks.unclaim(task.getId());
                return true;
            });
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public int redirect(String formKey, String group, SiteCode fromSite, SiteCode toSite) {
        Map<String, Object> parameters = new HashMap<>(Map.of("moveForm", formKey, "moveSite", fromSite.value(), "moveGroup", group));
        String where = "T.FORM_KEY_ = #{moveForm} AND " + candidate("#{moveGroup}") + " AND " + atProcessSite();
        return move(where, parameters, task -> {
            if (task.getAssignee() != null) {
                tasks.unclaim(task.getId());
            }
            tasks.deleteCandidateGroup(task.getId(), group);
            tasks.addCandidateGroup(task.getId(), FlowableTaskInbox.siteGroup(group, toSite));
        });
    }

    @Override
    public int returnRedirected(String formKey, String group, SiteCode fromSite, SiteCode toSite) {
        String siteGroup = FlowableTaskInbox.siteGroup(group, toSite);
        Map<String, Object> parameters = new HashMap<>(Map.of("moveForm", formKey, "moveSite", fromSite.value(), "moveGroup", siteGroup));
        String where = "T.FORM_KEY_ = #{moveForm} AND T.ASSIGNEE_ IS NULL AND " + candidate("#{moveGroup}") + " AND " + atProcessSite();
        return move(where, parameters, task -> {
            tasks.deleteCandidateGroup(task.getId(), siteGroup);
            tasks.addCandidateGroup(task.getId(), group);
        });
    }

    private static String atProcessSite() {
        return "EXISTS (SELECT 1 FROM ACT_RU_VARIABLE V WHERE V.PROC_INST_ID_ = T.PROC_INST_ID_ AND V.TASK_ID_ IS NULL "
                + "AND V.NAME_ = '" + FlowableTaskInbox.SITE_CODE + "' AND V.TEXT_ = #{moveSite})";
    }

    /**
     * Applies {@code step} to every task the condition selects, a batch at a time; a task the step moved no longer
     * matches, so each batch is the first page again (bounded by the count taken first, should a step leave one behind).
     */
    private int move(String where, Map<String, Object> parameters, java.util.function.Consumer<Task> step) {
        long total = query("SELECT count(*) FROM ACT_RU_TASK T WHERE " + where, parameters).count();
        int moved = 0;
        for (long batches = total / MOVE_BATCH + 1; batches > 0 && moved < total; batches--) {
            List<Task> batch = query("SELECT T.* FROM ACT_RU_TASK T WHERE " + where + " ORDER BY T.ID_", parameters)
                    .listPage(0, MOVE_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(step);
            moved += batch.size();
        }
        return moved;
    }

    /**
     * Offers a task the engine is creating to the team of {@code site} instead of its role's team at its process's
     * site (a redirection in force, see {@code RedirectedTasks}).
     */
    static void offerAt(TaskEntity task, String group, SiteCode site) {
        task.deleteCandidateGroup(group);
        task.addCandidateGroup(FlowableTaskInbox.siteGroup(group, site));
    }
}
