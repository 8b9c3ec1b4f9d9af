package org.refuge.emergency.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.emergency.application.ActionPlanWorkflow.PlanMeasure;
import org.refuge.platform.workflow.engine.TestProcessEngine;

/**
 * processes/mass-influx-response.bpmn20.xml: a supervisor assesses the influx; activated, the action plan's 18
 * measures of four areas become tasks of their groups with due dates; the decree measure is done by recording the
 * decree; arrivals above the threshold alert the supervisors.
 */
class MassInfluxResponseProcessTest {

    private static ProcessEngine engine;
    private static MassInfluxResponseProcess adapter;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        adapter = new MassInfluxResponseProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.tasks = engine.getTaskService();
        adapter.history = engine.getHistoryService();
    }

    /** The processes a test started: ended after it, so that no other test's inbox meets an event nobody declared. */
    private final List<String> started = new ArrayList<>();

    @AfterEach
    void endStartedProcesses() {
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test ended");
            }
        }
    }

    private String declared() {
        String instance = adapter.influxDeclared(UUID.randomUUID());
        started.add(instance);
        return instance;
    }

    private List<Task> open(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    }

    @Test
    void notActivated_theAssessmentEndsTheProcess() {
        String instance = declared();
        Task assess = open(instance).get(0);
        assertThat(assess.getTaskDefinitionKey()).isEqualTo("assessInflux");
        assertThat(assess.getDueDate()).as("due four hours after the declaration").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("supervisor").count()).isEqualTo(1);
        engine.getTaskService().complete(assess.getId());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getEndActivityId()).isEqualTo("notActivated");
        assertThat(adapter.measures(instance)).isEmpty();
    }

    @Test
    void activated_theMeasuresOfTheFourAreasAreTasksOfTheirGroups_onTheBoard() {
        String instance = declared();
        adapter.planActivated(instance, "supervisor");
        List<PlanMeasure> board = adapter.measures(instance);
        assertThat(board).hasSize(18);
        assertThat(board).extracting(PlanMeasure::area).containsOnly("BCP", "CAMP", "AID", "TP");
        assertThat(board).filteredOn(m -> m.area().equals("CAMP")).hasSize(5)
                .allSatisfy(m -> assertThat(m.groups()).containsExactly("camp-manager"));
        assertThat(board).allSatisfy(m -> {
            assertThat(m.dueAt()).isAfter(m.createdAt());
            assertThat(m.done()).isFalse();
        });
        assertThat(board.stream().filter(m -> m.key().equals("tpDocuments")).findFirst().orElseThrow().groups()).containsExactly("police");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .processVariableValueEquals(MassInfluxResponseProcess.SCOPE, MassInfluxResponseProcess.NATIONAL).count()).isEqualTo(18);

        adapter.decreeRecorded(instance, "supervisor");
        PlanMeasure decree = adapter.measures(instance).stream().filter(m -> m.key().equals("tpDecree")).findFirst().orElseThrow();
        assertThat(decree.done()).isTrue();
        assertThat(decree.doneBy()).isEqualTo("supervisor");

        open(instance).forEach(task -> engine.getTaskService().complete(task.getId()));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getEndActivityId()).isEqualTo("actionPlanDone");
    }

    @Test
    void aMeasureMetByWhatHappened_isDoneInEveryActivatedPlan_byTheUserWhoseActMetIt_once() {
        String first = declared();
        String second = declared();
        String notActivated = declared();
        adapter.planActivated(first, "supervisor");
        adapter.planActivated(second, "supervisor");

        assertThat(adapter.measureMet("aidReserves", "social-worker")).isGreaterThanOrEqualTo(2);
        for (String instance : List.of(first, second)) {
            PlanMeasure reserves = adapter.measures(instance).stream().filter(m -> m.key().equals("aidReserves")).findFirst().orElseThrow();
            assertThat(reserves.done()).isTrue();
            assertThat(reserves.doneBy()).isEqualTo("social-worker");
            assertThat(adapter.measures(instance)).filteredOn(PlanMeasure::done).extracting(PlanMeasure::key).containsExactly("aidReserves");
        }
        assertThat(adapter.measures(notActivated)).as("a plan not activated has no measures to meet").isEmpty();
        assertThat(adapter.measureMet("aidReserves", "camp-manager")).as("met already").isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> adapter.measureMet("aidNothing", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arrivalsAboveTheThreshold_alertTheSupervisors_beforeAndAfterActivation() {
        String instance = declared();
        assertThat(adapter.thresholdExceeded(instance)).isTrue();
        assertThat(open(instance)).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("assessInflux", "massInfluxAlert");
        assertThat(adapter.planActivated(instance, "supervisor")).isTrue();
        assertThat(open(instance)).as("the alert is done by activating the plan").hasSize(18);
        assertThat(adapter.planActivated(instance, "supervisor")).as("activated once").isFalse();
    }
}
