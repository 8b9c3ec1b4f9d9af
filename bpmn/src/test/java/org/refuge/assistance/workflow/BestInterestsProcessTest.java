package org.refuge.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.platform.workflow.engine.TestProcessEngine.clockAt;
import static org.refuge.platform.workflow.engine.TestProcessEngine.fireDueTimers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * processes/best-interests.bpmn20.xml on Flowable's clock: a social worker's task due 24 hours after the child's code
 * was recorded, escalated to the supervisors when still open then; recording the assessment ends both; the task
 * follows the child to their camp.
 */
class BestInterestsProcessTest {

    private static ProcessEngine engine;
    private static BestInterestsProcess adapter;

    private final Instant recorded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String household = "BCP-TEST-20261206-" + (100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
    private final PersonId child = new PersonId(UUID.randomUUID());

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        adapter = new BestInterestsProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.tasks = engine.getTaskService();
    }

    @AfterEach
    void clock() {
        TestProcessEngine.resetClock();
    }

    private String instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BestInterestsProcess.KEY)
                .processInstanceBusinessKey(household).singleResult().getId();
    }

    private List<String> openTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).orderByTaskDefinitionKey().asc()
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private void start(SiteCode camp) {
        clockAt(recorded);
        adapter.started(child, new RegistryNumber(household), camp, recorded.plus(Duration.ofHours(24)));
    }

    @Test
    void theSocialWorkersTask_isDueIn24Hours_andEscalatesToTheSupervisorsWhenOverdue() {
        start(new SiteCode("CAMP-ARARAT-1"));
        Task assess = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).singleResult();
        assertThat(assess.getTaskDefinitionKey()).isEqualTo("assessBestInterests");
        assertThat(assess.getDueDate().toInstant()).isEqualTo(recorded.plus(Duration.ofHours(24)));
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("social-worker").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isEqualTo("CAMP-ARARAT-1");

        clockAt(recorded.plus(Duration.ofHours(23)));
        fireDueTimers(instance());
        assertThat(openTasks()).as("not yet overdue").containsExactly("assessBestInterests");

        clockAt(recorded.plus(Duration.ofHours(24)).plusSeconds(1));
        fireDueTimers(instance());
        assertThat(openTasks()).as("the social worker's task stays; the supervisors are told")
                .containsExactly("assessBestInterests", "assessmentOverdue");
        Task overdue = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).taskDefinitionKey("assessmentOverdue").singleResult();
        assertThat(engine.getTaskService().createTaskQuery().taskId(overdue.getId()).taskCandidateGroup("supervisor").count()).isEqualTo(1);

        assertThat(adapter.open(child)).isTrue();
        assertThat(adapter.assessed(child, "social-worker")).isTrue();
        assertThat(openTasks()).as("the assessment ends the escalation too").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).count()).isZero();
        assertThat(adapter.assessed(child, "social-worker")).as("nothing left to complete").isFalse();
    }

    @Test
    void anAssessmentInTime_isNeverEscalated() {
        start(new SiteCode("CAMP-ARARAT-1"));
        String instance = instance();
        clockAt(recorded.plus(Duration.ofHours(3)));
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(adapter.assessed(child, "social-worker")).isTrue();
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).count()).isZero();
    }

    @Test
    void aChildWithoutACamp_isOfferedNationally_untilPlaced_andStartedOnce() {
        start(null);
        adapter.started(child, new RegistryNumber(household), null, recorded.plus(Duration.ofHours(24)));
        assertThat(openTasks()).as("one process per child").containsExactly("assessBestInterests");
        assertThat(engine.getRuntimeService().getVariable(instance(), "scope")).isEqualTo("national");
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isNull();

        adapter.placed(new RegistryNumber(household), new SiteCode("CAMP-GORIS-1"));
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isEqualTo("CAMP-GORIS-1");
        assertThat(engine.getRuntimeService().getVariable(instance(), "scope")).isNull();
    }
}
