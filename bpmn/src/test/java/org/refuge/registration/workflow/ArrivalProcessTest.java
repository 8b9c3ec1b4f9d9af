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
 * processes/arrival.bpmn20.xml: the household waits until each member is screened (their own processes); then
 * allocation by a camp manager, transfer and check-in at the camp, or release to a private address.
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
    void registration_waitsForItsMembersScreening_withNoTaskOfItsOwn() {
        ProcessInstance instance = registered();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(instance.getId()).activityId("screening").count())
                .isEqualTo(1);
    }

    @Test
    void screened_offersAllocationToCampManagers() {
        ProcessInstance instance = screened();
        Task allocation = task(instance, "allocation");
        assertThat(allocation).isNotNull();
        assertThat(allocation.getFormKey()).isEqualTo("camps/allocation");
        assertThat(engine.getTaskService().createTaskQuery().taskId(allocation.getId()).taskCandidateGroup("camp-manager").count())
                .isEqualTo(1);
    }

    @Test
    void screenedAgain_afterAllocation_changesNothing() {
        ProcessInstance instance = screened();
        screeningPort().householdScreened(new RegistryNumber(instance.getBusinessKey()));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("allocation").count())
                .isEqualTo(1);
    }

    private static org.refuge.screening.workflow.PersonScreeningProcess screeningPort() {
        return new org.refuge.screening.workflow.PersonScreeningProcess(engine.getRuntimeService());
    }

    /** Each member screened (the members' screening service says so through the port). */
    private ProcessInstance screened() {
        ProcessInstance instance = registered();
        screeningPort().householdScreened(new RegistryNumber(instance.getBusinessKey()));
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
        screeningPort().personRegistered(new RegistryNumber(instance.getBusinessKey()), UUID.randomUUID(),
                org.refuge.shared.PersonId.of(UUID.randomUUID()), new org.refuge.shared.SiteCode("BCP-TEST"), true, true);
        ArrivalProcess adapter = new ArrivalProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.householdVoided(new RegistryNumber(instance.getBusinessKey()), "registered twice");
        assertThat(ended(instance)).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getDeleteReason()).isEqualTo("voided: registered twice");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).count())
                .as("the members' screening tasks too").isZero();
    }
}
