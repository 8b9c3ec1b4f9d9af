package org.refuge.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.platform.workflow.engine.TestProcessEngine.clockAt;
import static org.refuge.platform.workflow.engine.TestProcessEngine.fireDueTimers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * processes/needs-follow-up.bpmn20.xml on Flowable's clock: the social workers of the case's site get "follow up"; the
 * supervisors are called when the case's escalation time passes while it waits, and only then; a moved escalation time
 * renews the task with its holder and its timer at the new time; closing ends every task.
 */
class NeedsFollowUpProcessTest {

    private static ProcessEngine engine;
    private static NeedsFollowUpProcess adapter;

    private static final SiteCode MARGARA = new SiteCode("BCP-MARGARA");
    private static final SiteCode CAMP = new SiteCode("CAMP-ARARAT-1");

    private final Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant firstContactDue = opened.plus(Duration.ofHours(72));
    private final String household = "BCP-TEST-20261206-" + (100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
    private final RegistryNumber number = new RegistryNumber(household);

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        adapter = new NeedsFollowUpProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.tasks = engine.getTaskService();
    }

    @AfterEach
    void clock() {
        TestProcessEngine.resetClock();
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test done"));
    }

    private String instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NeedsFollowUpProcess.KEY)
                .processInstanceBusinessKey(household).singleResult().getId();
    }

    private List<String> openTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).orderByTaskDefinitionKey().asc()
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private Task followUp() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household)
                .taskDefinitionKey(NeedsFollowUpProcess.FOLLOW_UP).singleResult();
    }

    private void at(Duration sinceOpened) {
        clockAt(opened.plus(sinceOpened));
        fireDueTimers(instance());
    }

    @Test
    void firstContactNotMade_theSupervisorIsCalledWhenItIsDue_andTheSocialWorkersKeepTheirTask() {
        clockAt(opened);
        adapter.opened(number, MARGARA, firstContactDue);
        adapter.opened(number, MARGARA, firstContactDue);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).count())
                .as("a case has one process").isEqualTo(1);
        Task task = followUp();
        assertThat(task.getFormKey()).isEqualTo("assistance/follow-up-case");
        assertThat(task.getDueDate().toInstant()).isEqualTo(firstContactDue);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("social-worker").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isEqualTo("BCP-MARGARA");

        at(Duration.ofHours(71).plusMinutes(59));
        assertThat(openTasks()).containsExactly("followUp");

        at(Duration.ofHours(72).plusMinutes(1));
        assertThat(openTasks()).containsExactly("followUp", "followUpOverdue");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household)
                .taskDefinitionKey(NeedsFollowUpProcess.OVERDUE).taskCandidateGroup("supervisor").count()).isEqualTo(1);
        assertThat(followUp().getId()).as("the social workers' task stays").isEqualTo(task.getId());
    }

    @Test
    void anActionRecordedInTime_movesTheEscalation_theHolderKeepsTheTask_andNobodyIsCalledBeforeTheActionIsDue() {
        clockAt(opened);
        adapter.opened(number, MARGARA, firstContactDue);
        engine.getTaskService().claim(followUp().getId(), "social-worker");

        at(Duration.ofHours(10));
        Instant actionDue = opened.plus(Duration.ofDays(5));
        adapter.changed(number, CAMP, actionDue);
        Task renewed = followUp();
        assertThat(renewed.getAssignee()).as("the holder keeps the renewed task").isEqualTo("social-worker");
        assertThat(renewed.getDueDate().toInstant()).isEqualTo(actionDue);
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).as("the task follows the case's site").isEqualTo("CAMP-ARARAT-1");

        String id = renewed.getId();
        adapter.changed(number, CAMP, actionDue);
        assertThat(followUp().getId()).as("the same escalation time leaves the task as it is").isEqualTo(id);

        at(Duration.ofHours(80));
        assertThat(openTasks()).as("the first contact's old deadline no longer escalates").containsExactly("followUp");
        at(Duration.ofDays(5).plusMinutes(1));
        assertThat(openTasks()).containsExactly("followUp", "followUpOverdue");
    }

    @Test
    void closingTheCase_endsTheProcess_withTheSupervisorsTask() {
        clockAt(opened);
        adapter.opened(number, MARGARA, firstContactDue);
        at(Duration.ofHours(73));
        assertThat(openTasks()).containsExactly("followUp", "followUpOverdue");
        String id = instance();
        adapter.closed(number);
        assertThat(openTasks()).isEmpty();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
                .isEqualTo("caseClosed");
    }

    @Test
    void placedInACamp_theTaskMovesToTheCamp() {
        adapter.opened(number, MARGARA, firstContactDue);
        adapter.siteMoved(number, CAMP);
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isEqualTo("CAMP-ARARAT-1");
    }
}
