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
import org.refuge.shared.CampCode;

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

    private java.util.List<String> open(CampCode camp) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp.value()).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    @Test
    void theCampMeasures_areTasksOfTheCampManagers_doneAsTheChecklistFills_thenOpening() {
        CampCode camp = CampCode.parse("CAMP-T" + UUID.randomUUID().toString().substring(0, 6));
        adapter.campPlanned(camp);
        assertThat(open(camp)).containsExactly("ACCOMMODATION_TENTS", "MEDICAL_SOCIAL_TENT", "POLICE_TENT", "POWER_SUPPLY",
                "SMS_STAFF_TENT", "WATER_SANITARY_POINTS");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp.value()).taskCandidateGroup("camp-manager")
                .processVariableValueEquals(CampSetUpProcess.SITE_CODE, camp.value()).count()).isEqualTo(6);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(camp.value()).list())
                .allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());

        adapter.measuresDone(camp, EnumSet.of(Measure.LAND, Measure.ACCOMMODATION_TENTS));
        assertThat(open(camp)).hasSize(5).doesNotContain("ACCOMMODATION_TENTS");
        adapter.campOpened(camp);
        assertThat(open(camp)).as("opening waits for every measure").hasSize(5);

        adapter.measuresDone(camp, EnumSet.allOf(Measure.class));
        assertThat(open(camp)).containsExactly(CampSetUpProcess.OPEN_CAMP);
        adapter.campOpened(camp);
        assertThat(open(camp)).isEmpty();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(camp.value()).singleResult()
                .getEndActivityId()).isEqualTo("campOpen");
    }

    @Test
    void aCampWithoutASetUpProcess_isLeftAlone() {
        CampCode camp = new CampCode("CAMP-WITHOUT-PROCESS");
        adapter.measuresDone(camp, EnumSet.allOf(Measure.class));
        adapter.campOpened(camp);
        assertThat(open(camp)).isEmpty();
    }
}
