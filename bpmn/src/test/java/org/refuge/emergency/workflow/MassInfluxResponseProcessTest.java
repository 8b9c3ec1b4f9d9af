package org.refuge.emergency.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;

/**
 * processes/mass-influx-response.bpmn20.xml on a real Flowable engine and the PostgreSQL test database
 * (REFUGE_DB_* variables, database refuge_test by default; {@code ./refuge test} starts it).
 */
class MassInfluxResponseProcessTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
    }

    @Test
    void declaredInflux_asksASupervisorToAssess_thenEnds() {
        String eventId = UUID.randomUUID().toString();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceBuilder()
                .processDefinitionKey(MassInfluxResponseProcess.KEY).businessKey(eventId)
                .variable(MassInfluxResponseProcess.INFLUX_EVENT_ID, eventId).start();

        Task assess = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(assess.getTaskDefinitionKey()).isEqualTo("assessInflux");
        assertThat(assess.getDueDate()).as("due four hours after the declaration").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("supervisor").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("registrar").count()).isZero();

        engine.getTaskService().claim(assess.getId(), "supervisor");
        engine.getTaskService().complete(assess.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId()).isEqualTo("influxAssessed");
    }
}
