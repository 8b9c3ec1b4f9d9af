package org.refuge.camps.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.assistance.workflow.NeedsFollowUpProcess;
import org.refuge.camps.application.AccommodationWorkflow;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.engine.FlowableTaskInbox;
import org.refuge.platform.workflow.engine.TestProcessEngine;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Camps' workflow port on processes/arrival.bpmn20.xml: a screened household awaits allocation, is allocated to a
 * camp (its next steps at that camp), transferred and checked in; or released to a private address; or checked in
 * while still awaiting its transfer (everybody checked in or declared a no-show).
 */
class ArrivalAccommodationTest {

    private static ProcessEngine engine;
    private static ArrivalAccommodation port;

    @BeforeAll
    static void engine() throws ReflectiveOperationException {
        engine = TestProcessEngine.get();
        FlowableTaskInbox inbox = new FlowableTaskInbox();
        set(inbox, "tasks", engine.getTaskService());
        set(inbox, "runtime", engine.getRuntimeService());
        port = new ArrivalAccommodation();
        port.inbox = inbox;
        NeedsFollowUpProcess followUp = new NeedsFollowUpProcess();
        set(followUp, "runtime", engine.getRuntimeService());
        set(followUp, "tasks", engine.getTaskService());
        port.followUp = followUp;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        var declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }

    /** The processes a test started: they end with it, so no household-less task stays in the shared test database. */
    private final java.util.List<String> started = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void endStartedProcesses() {
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test ended");
            }
        }
    }

    /** A household registered and each member screened: its process waits at allocation. */
    private RegistryNumber screened() {
        RegistryNumber number = new RegistryNumber("BCP-TEST-20261206-"
                + (100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000)));
        String instance = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(ArrivalProcess.KEY)
                .businessKey(number.value())
                .variables(Map.of(ArrivalProcess.HOUSEHOLD_ID, UUID.randomUUID().toString(), ArrivalProcess.SITE_CODE, "BCP-TEST"))
                .start().getId();
        started.add(instance);
        // each member screened: the members' screening says so through its port, and the arrival moves on to allocation
        new org.refuge.screening.workflow.PersonScreeningProcess(engine.getRuntimeService()).householdScreened(number);
        return number;
    }

    private String step(RegistryNumber number) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number.value()).singleResult();
        return task == null ? null : task.getTaskDefinitionKey();
    }

    private boolean ended(RegistryNumber number) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number.value()).count() == 0;
    }

    @Test
    void aScreenedHousehold_awaitsAllocation_rankedInTheQueue() {
        RegistryNumber number = screened();
        assertThat(port.awaitsAllocation(number)).isTrue();
        port.rank(number, 70);
        var page = port.awaitingAllocation(number.value(), PageRequest.firstRows(10));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(AccommodationWorkflow.Awaiting::registryNumber, AccommodationWorkflow.Awaiting::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(number.value(), 70));
        assertThat(port.awaitingAllocation(java.util.List.of(number), PageRequest.firstRows(10)).total()).isEqualTo(1);
    }

    @Test
    void allocated_thenTransferred_thenCheckedIn_endsTheArrival_withItsStepsAtTheCamp() {
        RegistryNumber number = screened();
        port.allocated(number, new CampCode("CAMP-T1"));
        assertThat(port.awaitsAllocation(number)).isFalse();
        assertThat(step(number)).isEqualTo(ArrivalAccommodation.TRANSFER);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number.value())
                .processVariableValueEquals(ArrivalProcess.SITE_CODE, "CAMP-T1").count()).isEqualTo(1);
        port.transferred(number);
        assertThat(step(number)).isEqualTo(ArrivalAccommodation.CHECK_IN);
        port.checkedIn(number);
        assertThat(ended(number)).isTrue();
    }

    @Test
    void checkedIn_whileStillAwaitingTransfer_endsTheArrival() {
        RegistryNumber number = screened();
        port.allocated(number, new CampCode("CAMP-T2"));
        port.checkedIn(number);
        assertThat(ended(number)).isTrue();
    }

    @Test
    void releasedToAPrivateAddress_endsTheArrival_withoutTransfer() {
        RegistryNumber number = screened();
        port.releasedToPrivateAddress(number);
        assertThat(ended(number)).isTrue();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number.value())
                .singleResult().getEndActivityId()).isEqualTo("releasedToPrivateAddress");
        assertThat(port.awaitsAllocation(number)).isFalse();
    }
}
