package org.refuge.platform.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.workflow.RedirectRules;
import org.refuge.platform.workflow.TaskBoard;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.screening.workflow.PersonScreeningProcess;
import org.refuge.shared.SiteCode;

/**
 * The supervisors' board on the real engine and PostgreSQL, with the arrival process's medical screening: an idle
 * claimed task returns to its group (the claim made at an earlier engine clock), a task given to somebody is claimed
 * anew, and a BCP's medical screening redirected to another site's team is offered there, new tasks included, until the
 * redirection is lifted. Each test works at border crossing points of its own, so tasks of other tests never count.
 */
class TaskBoardTest {

    private static ProcessEngine engine;
    private static FlowableTaskInbox inbox;
    private static FlowableTaskBoard board;

    private final String bcp = "BCP-T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final String other = "BCP-O" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final List<String> started = new ArrayList<>();

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        inbox = new FlowableTaskInbox();
        inbox.tasks = engine.getTaskService();
        inbox.runtime = engine.getRuntimeService();
        board = new FlowableTaskBoard();
        board.tasks = engine.getTaskService();
        board.inbox = inbox;
        board.management = engine.getManagementService();
    }

    @AfterEach
    void endStartedProcesses() {
        engine.getProcessEngineConfiguration().getClock().reset();
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test ended");
            }
        }
    }

    /** A member of a household registered at {@code site}: their medical screening task. */
    private Task medicalScreeningAt(String site) {
        String id = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(PersonScreeningProcess.KEY)
                .businessKey(site + "-20261123-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000))
                .variables(Map.of(ArrivalProcess.HOUSEHOLD_ID, UUID.randomUUID().toString(), ArrivalProcess.SITE_CODE, site,
                        PersonScreeningProcess.PERSON_ID, UUID.randomUUID().toString(), PersonScreeningProcess.MEDICAL, true,
                        PersonScreeningProcess.SECURITY, true))
                .start().getId();
        started.add(id);
        return engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey("medicalScreening").singleResult();
    }

    private WorkTask task(String id) {
        return inbox.task(id).orElseThrow();
    }

    @Test
    void aTaskClaimedLongerAgoThanTheLimit_returnsToItsGroup_oneClaimedSinceStaysWithItsHolder() {
        Instant now = Instant.now();
        Task idle = medicalScreeningAt(bcp);
        Task fresh = medicalScreeningAt(bcp);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now.minus(Duration.ofHours(9))));
        engine.getTaskService().claim(idle.getId(), "medical-night");
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now.minus(Duration.ofHours(1))));
        engine.getTaskService().claim(fresh.getId(), "medical-day");
        engine.getProcessEngineConfiguration().getClock().reset();

        Instant cutoff = now.minus(Duration.ofHours(8));
        List<TaskBoard.IdleClaim> found = board.claimedBefore(cutoff, PageRequest.MAX_SIZE);
        assertThat(found).extracting(TaskBoard.IdleClaim::taskId).contains(idle.getId()).doesNotContain(fresh.getId());
        TaskBoard.IdleClaim claim = found.stream().filter(c -> c.taskId().equals(idle.getId())).findFirst().orElseThrow();
        assertThat(claim.assignee()).isEqualTo("medical-night");

        assertThat(board.returnIfIdle(claim, cutoff)).isTrue();
        assertThat(task(idle.getId()).assignee()).as("back in its group").isNull();
        assertThat(task(idle.getId()).candidateGroups()).containsExactly("medical");
        assertThat(task(fresh.getId()).assignee()).isEqualTo("medical-day");
        assertThat(board.returnIfIdle(claim, cutoff)).as("returned once").isFalse();
    }

    @Test
    void anIdleTaskTakenAnewMeanwhile_staysWithItsNewHolder() {
        Instant now = Instant.now();
        Task task = medicalScreeningAt(bcp);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now.minus(Duration.ofHours(10))));
        engine.getTaskService().claim(task.getId(), "medical-night");
        engine.getProcessEngineConfiguration().getClock().reset();
        Instant cutoff = now.minus(Duration.ofHours(8));
        TaskBoard.IdleClaim claim = board.claimedBefore(cutoff, PageRequest.MAX_SIZE).stream()
                .filter(c -> c.taskId().equals(task.getId())).findFirst().orElseThrow();

        board.assign(task.getId(), "medical-day");   // a supervisor gave it to somebody else before the sweep came

        assertThat(board.returnIfIdle(claim, cutoff)).isFalse();
        WorkTask moved = task(task.getId());
        assertThat(moved.assignee()).isEqualTo("medical-day");
        assertThat(moved.claimedAt()).as("claimed anew: the idle clock starts again").isAfter(cutoff);
        assertThat(board.claimedBefore(cutoff, PageRequest.MAX_SIZE)).extracting(TaskBoard.IdleClaim::taskId).doesNotContain(task.getId());
    }

    @Test
    void aTaskAColleagueClaimedAMomentBefore_isNoLongerAvailable_notAnError() {
        Task task = medicalScreeningAt(bcp);
        inbox.claim(task.getId(), "medical2");

        assertThatThrownBy(() -> inbox.claim(task.getId(), "medical"))
                .isInstanceOfSatisfying(org.refuge.platform.refusal.Refusal.class,
                        r -> assertThat(r.is(org.refuge.platform.refusal.Refusal.Kind.CONFLICT, TaskInbox.NOT_AVAILABLE)).isTrue());
        assertThat(task(task.getId()).assignee()).isEqualTo("medical2");
        assertThat(FlowableTaskInbox.concurrentWrite(new RuntimeException(new java.sql.SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(FlowableTaskInbox.concurrentWrite(new RuntimeException(new java.sql.SQLException("syntax", "42601")))).isFalse();
    }

    @Test
    void claimedTasks_areListedByHolder_withHowManyEachHolds() {
        Task first = medicalScreeningAt(bcp);
        Task second = medicalScreeningAt(bcp);
        String holder = "medical-" + UUID.randomUUID();
        board.assign(first.getId(), holder);
        board.assign(second.getId(), holder);

        var page = board.claimed(holder, null, PageRequest.firstRows(10));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(WorkTask::id).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(page.items()).allSatisfy(task -> assertThat(task.claimedAt()).isNotNull());
        assertThat(board.heldBy(holder)).isEqualTo(2);
        String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first.getProcessInstanceId())
                .singleResult().getBusinessKey();
        assertThat(board.claimed(null, number, PageRequest.firstRows(10)).items()).extracting(WorkTask::id).containsExactly(first.getId());
    }

    @Test
    void aRedirectedBcp_sendsItsOpenAndNewMedicalScreeningToTheOtherSitesTeam_untilLifted() {
        Task waiting = medicalScreeningAt(bcp);
        Task held = medicalScreeningAt(bcp);
        engine.getTaskService().claim(held.getId(), "medical-gone");
        Task elsewhere = medicalScreeningAt(other);

        assertThat(board.redirect(RedirectRules.MEDICAL_SCREENING, "medical", new SiteCode(bcp), new SiteCode(other))).isEqualTo(2);
        for (String id : List.of(waiting.getId(), held.getId())) {
            WorkTask task = task(id);
            assertThat(task.siteCode()).as("offered at the other site").isEqualTo(other);
            assertThat(task.candidateGroups()).as("to the same role").containsExactly("medical");
            assertThat(task.assignee()).as("a held task goes back to the new team's queue").isNull();
        }
        assertThat(seen(bcp)).doesNotContain(waiting.getId(), held.getId());
        assertThat(seen(other)).contains(waiting.getId(), held.getId(), elsewhere.getId());
        assertThat(board.queue("medical", new SiteCode(bcp), false).open()).isZero();
        assertThat(board.queue("medical", new SiteCode(other), false).open()).isEqualTo(3);

        FlowableEventListener rules = RedirectedTasks.listen(engine.getRuntimeService(),
                (form, site) -> site.value().equals(bcp) ? Optional.of(new SiteCode(other)) : Optional.empty());
        Task later;
        try {
            later = medicalScreeningAt(bcp);
        } finally {
            engine.getRuntimeService().removeEventListener(rules);
        }
        assertThat(task(later.getId()).siteCode()).as("a new task follows the redirection").isEqualTo(other);
        assertThat(board.queue("medical", new SiteCode(other), false)).satisfies(queue -> {
            assertThat(queue.open()).isEqualTo(4);
            assertThat(queue.claimed()).isZero();
            assertThat(queue.oldestWaiting().id()).isEqualTo(waiting.getId());
        });

        board.assign(held.getId(), "medical-other");
        assertThat(board.returnRedirected(RedirectRules.MEDICAL_SCREENING, "medical", new SiteCode(bcp), new SiteCode(other))).isEqualTo(2);
        assertThat(task(waiting.getId()).siteCode()).isEqualTo(bcp);
        assertThat(task(later.getId()).siteCode()).isEqualTo(bcp);
        assertThat(task(held.getId()).siteCode()).as("taken at the other site: stays there").isEqualTo(other);
        assertThat(seen(bcp)).contains(waiting.getId(), later.getId());
        assertThat(board.queue("medical", new SiteCode(bcp), false)).satisfies(queue -> assertThat(queue.open()).isEqualTo(2));
    }

    /** The open tasks a medical user of this site (and no other) sees in their inbox. */
    private List<String> seen(String site) {
        var reach = new TaskInbox.Reach("medical-of-" + site, List.of(), List.of("medical"), List.of(site));
        return inbox.openTasks(reach, null, PageRequest.firstRows(PageRequest.MAX_SIZE)).items().stream().map(WorkTask::id).toList();
    }
}
