package org.refuge.registration.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;

/** processes/arrival.bpmn20.xml: screening and security check in parallel, joined in either order. */
class ArrivalProcessTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
    }

    private ProcessInstance registered() {
        return engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(ArrivalProcess.KEY)
                .businessKey("BCP-TEST-20261123-" + UUID.randomUUID().toString().substring(0, 5))
                .variables(Map.of(ArrivalProcess.HOUSEHOLD_ID, UUID.randomUUID().toString(), ArrivalProcess.SITE_CODE, "BCP-TEST"))
                .start();
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private boolean ended(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    @Test
    void registration_offersScreeningToMedicalAndTheCheckToPolice_atOnce() {
        ProcessInstance instance = registered();
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("medicalScreening", "securityCheck");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task(instance, "medicalScreening").getId())
                .taskCandidateGroup("medical").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task(instance, "securityCheck").getId())
                .taskCandidateGroup("police").count()).isEqualTo(1);
        assertThat(task(instance, "medicalScreening").getFormKey()).isEqualTo("screening/medical");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .processVariableValueEquals(ArrivalProcess.SITE_CODE, "BCP-TEST").count()).isEqualTo(2);
    }

    @Test
    void medicalFirst_waitsForTheSecurityCheck_thenScreened() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        assertThat(ended(instance)).isFalse();
        assertThat(task(instance, "securityCheck")).isNotNull();
        engine.getTaskService().complete(task(instance, "securityCheck").getId());
        assertThat(ended(instance)).isTrue();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId()).isEqualTo("screened");
    }

    @Test
    void securityFirst_waitsForTheScreening_thenScreened() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "securityCheck").getId());
        assertThat(ended(instance)).isFalse();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        assertThat(ended(instance)).isTrue();
    }

    @Test
    void aVoidedHousehold_endsItsProcess_withTheReason_andItsTasksAreGone() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        ArrivalProcess adapter = new ArrivalProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.householdVoided(instance.getBusinessKey(), "registered twice");
        assertThat(ended(instance)).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getDeleteReason()).isEqualTo("voided: registered twice");
    }
}
