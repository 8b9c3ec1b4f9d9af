package org.refuge.camps.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.camps.domain.Checklist.Measure;
import org.refuge.platform.workflow.engine.TestProcessEngine;

/** processes/camp-set-up.bpmn20.xml: the action plan's camp measures as tasks, completed by the checklist, then opening. */
class CampSetUpProcessTest {

    private static ProcessEngine engine;
    private static CampSetUpProcess adapter;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        adapter = new CampSetUpProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.tasks = engine.getTaskService();
    }

    private java.util.List<String> open(String camp) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    @Test
    void theCampMeasures_areTasksOfTheCampManagers_doneAsTheChecklistFills_thenOpening() {
        String camp = "CAMP-T" + UUID.randomUUID().toString().substring(0, 6);
        adapter.campPlanned(camp);
        assertThat(open(camp)).containsExactly("ACCOMMODATION_TENTS", "MEDICAL_SOCIAL_TENT", "POLICE_TENT", "POWER_SUPPLY",
                "SMS_STAFF_TENT", "WATER_SANITARY_POINTS");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp).taskCandidateGroup("camp-manager")
                .processVariableValueEquals(CampSetUpProcess.SITE_CODE, camp).count()).isEqualTo(6);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp).list())
                .allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());

        adapter.measuresDone(camp, EnumSet.of(Measure.LAND, Measure.ACCOMMODATION_TENTS));
        assertThat(open(camp)).hasSize(5).doesNotContain("ACCOMMODATION_TENTS");
        adapter.campOpened(camp);
        assertThat(open(camp)).as("opening waits for every measure").hasSize(5);

        adapter.measuresDone(camp, EnumSet.allOf(Measure.class));
        assertThat(open(camp)).containsExactly(CampSetUpProcess.OPEN_CAMP);
        adapter.campOpened(camp);
        assertThat(open(camp)).isEmpty();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(camp).singleResult()
                .getEndActivityId()).isEqualTo("campOpen");
    }

    @Test
    void aCampWithoutASetUpProcess_isLeftAlone() {
        adapter.measuresDone("CAMP-WITHOUT-PROCESS", EnumSet.allOf(Measure.class));
        adapter.campOpened("CAMP-WITHOUT-PROCESS");
        assertThat(open("CAMP-WITHOUT-PROCESS")).isEmpty();
    }
}
