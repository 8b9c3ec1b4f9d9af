package org.refuge.screening.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * processes/person-screening.bpmn20.xml: a member's medical screening (medical staff) and, when due, security check
 * (police) in parallel, at the household's site, under the household's registry number; either order ends it; a
 * member younger than the security-check age gets the medical screening only.
 */
class PersonScreeningProcessTest {

    private static ProcessEngine engine;
    private static PersonScreeningProcess port;

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        port = new PersonScreeningProcess(engine.getRuntimeService());
    }

    private final List<RegistryNumber> households = new ArrayList<>();

    @AfterEach
    void endStartedProcesses() {
        for (RegistryNumber household : households) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household.value()).list()
                    .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test ended"));
        }
    }

    private RegistryNumber household() {
        RegistryNumber number = new RegistryNumber("BCP-TEST-20261123-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        households.add(number);
        return number;
    }

    private List<Task> tasks(RegistryNumber household) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household.value()).orderByTaskId().asc().list();
    }

    private void member(RegistryNumber household, UUID person, boolean medical, boolean security) {
        port.personRegistered(household, UUID.randomUUID(), PersonId.of(person), new SiteCode("BCP-TEST"), medical, security);
    }

    @Test
    void aMemberAtTheAge_isOfferedAMedicalScreeningAndASecurityCheck_ofTheirOwn() {
        RegistryNumber household = household();
        UUID person = UUID.randomUUID();
        member(household, person, true, true);
        List<Task> open = tasks(household);
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("medicalScreening", "securityCheck");
        Task medical = open.stream().filter(t -> t.getTaskDefinitionKey().equals("medicalScreening")).findFirst().orElseThrow();
        Task security = open.stream().filter(t -> t.getTaskDefinitionKey().equals("securityCheck")).findFirst().orElseThrow();
        assertThat(medical.getFormKey()).isEqualTo("screening/medical");
        assertThat(security.getFormKey()).isEqualTo("screening/security");
        assertThat(engine.getTaskService().createTaskQuery().taskId(medical.getId()).taskCandidateGroup("medical").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(security.getId()).taskCandidateGroup("police").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household.value())
                .processVariableValueEquals(PersonScreeningProcess.PERSON_ID, person.toString())
                .processVariableValueEquals(ArrivalProcess.SITE_CODE, "BCP-TEST").count()).isEqualTo(2);
    }

    @Test
    void aMemberUnderTheAge_isOfferedTheMedicalScreeningOnly() {
        RegistryNumber household = household();
        member(household, UUID.randomUUID(), true, false);
        assertThat(tasks(household)).extracting(Task::getTaskDefinitionKey).containsExactly("medicalScreening");
    }

    @Test
    void eachMember_hasTasksOfTheirOwn_andEitherOrderEndsTheirScreening() {
        RegistryNumber household = household();
        member(household, UUID.randomUUID(), true, true);
        member(household, UUID.randomUUID(), true, true);
        assertThat(tasks(household)).hasSize(4);
        String first = tasks(household).get(0).getProcessInstanceId();
        List<Task> own = engine.getTaskService().createTaskQuery().processInstanceId(first).list();
        engine.getTaskService().complete(own.get(1).getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first).count()).isEqualTo(1);
        engine.getTaskService().complete(own.get(0).getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first).count()).as("screened").isZero();
        assertThat(tasks(household)).hasSize(2);
    }

    @Test
    void nothingToStart_startsNoProcess() {
        RegistryNumber household = household();
        member(household, UUID.randomUUID(), false, false);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household.value()).count()).isZero();
    }
}
