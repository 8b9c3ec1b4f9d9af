package org.refuge.registration.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refuge.shared.RegistryNumber;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;

/**
 * processes/arrival.bpmn20.xml: screening and security check in parallel, joined in either order; then allocation by
 * a camp manager, transfer and check-in at the camp, or release to a private address.
 */
class ArrivalProcessTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
    }

    /** The processes a test started: they end with it, so no household-less task stays in the shared test database. */
    private final List<String> started = new ArrayList<>();

    private ProcessInstance registered() {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(ArrivalProcess.KEY)
                .businessKey("BCP-TEST-20261123-" + (100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000)))
                .variables(Map.of(ArrivalProcess.HOUSEHOLD_ID, UUID.randomUUID().toString(), ArrivalProcess.SITE_CODE, "BCP-TEST"))
                .start();
        started.add(instance.getId());
        return instance;
    }

    @AfterEach
    void endStartedProcesses() {
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test ended");
            }
        }
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
    void medicalFirst_waitsForTheSecurityCheck_thenOffersAllocationToCampManagers() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        assertThat(task(instance, "allocation")).isNull();
        assertThat(task(instance, "securityCheck")).isNotNull();
        engine.getTaskService().complete(task(instance, "securityCheck").getId());
        Task allocation = task(instance, "allocation");
        assertThat(allocation).isNotNull();
        assertThat(allocation.getFormKey()).isEqualTo("camps/allocation");
        assertThat(engine.getTaskService().createTaskQuery().taskId(allocation.getId()).taskCandidateGroup("camp-manager").count())
                .isEqualTo(1);
    }

    @Test
    void securityFirst_waitsForTheScreening_thenOffersAllocation() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "securityCheck").getId());
        assertThat(task(instance, "allocation")).isNull();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        assertThat(task(instance, "allocation")).isNotNull();
    }

    private ProcessInstance screened() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        engine.getTaskService().complete(task(instance, "securityCheck").getId());
        return instance;
    }

    @Test
    void allocatedInACamp_travelsThenIsCheckedIn_andTheTasksMoveToTheCampsSite() {
        ProcessInstance instance = screened();
        engine.getTaskService().complete(task(instance, "allocation").getId(),
                Map.of("accommodation", "CAMP", ArrivalProcess.SITE_CODE, "CAMP-TEST"));
        Task transfer = task(instance, "transfer");
        assertThat(transfer).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(transfer.getId())
                .processVariableValueEquals(ArrivalProcess.SITE_CODE, "CAMP-TEST").count()).isEqualTo(1);
        engine.getTaskService().complete(transfer.getId());
        Task checkIn = task(instance, "checkIn");
        assertThat(checkIn.getFormKey()).isEqualTo("camps/camp");
        engine.getTaskService().complete(checkIn.getId());
        assertThat(ended(instance)).isTrue();
        assertThat(endActivity(instance)).isEqualTo("accommodated");
    }

    @Test
    void aPrivateAddress_releasesTheHouseholdFromTheCampPath() {
        ProcessInstance instance = screened();
        engine.getTaskService().complete(task(instance, "allocation").getId(), Map.of("accommodation", "PRIVATE"));
        assertThat(ended(instance)).isTrue();
        assertThat(endActivity(instance)).isEqualTo("releasedToPrivateAddress");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private String endActivity(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId();
    }

    @Test
    void aVoidedHousehold_endsItsProcess_withTheReason_andItsTasksAreGone() {
        ProcessInstance instance = registered();
        engine.getTaskService().complete(task(instance, "medicalScreening").getId());
        ArrivalProcess adapter = new ArrivalProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.householdVoided(new RegistryNumber(instance.getBusinessKey()), "registered twice");
        assertThat(ended(instance)).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getDeleteReason()).isEqualTo("voided: registered twice");
    }
}
