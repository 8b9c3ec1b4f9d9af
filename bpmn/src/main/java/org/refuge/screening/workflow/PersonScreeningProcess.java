package org.refuge.screening.workflow;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.screening.application.ScreeningWorkflow;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The {@code personScreening} process (processes/person-screening.bpmn20.xml), one per member: medical screening and,
 * when due, the security check, in parallel. Business key: the household's registry number, so that the family's
 * inboxes and site rules apply as to its other tasks; variables carry the ids, the site and what to start. A household
 * whose members are all screened triggers the {@code screening} wait of its arrival process.
 */
@ApplicationScoped
public class PersonScreeningProcess implements ScreeningWorkflow {

    public static final String KEY = "personScreening";
    public static final String PERSON_ID = "personId";
    public static final String MEDICAL = "medical";
    public static final String SECURITY = "security";
    /** The arrival process's wait for its members' screening. */
    static final String ARRIVAL_WAIT = "screening";

    @Inject
    RuntimeService runtime;

    public PersonScreeningProcess() {
    }

    /** The port on an engine of its own (process tests). */
    public PersonScreeningProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void personRegistered(RegistryNumber household, UUID householdId, PersonId person, SiteCode site, boolean medical,
                                 boolean security) {
        if (!medical && !security) {
            return;
        }
        runtime.createProcessInstanceBuilder()
                .processDefinitionKey(KEY)
                .businessKey(household.value())
                .variables(Map.of(ArrivalProcess.HOUSEHOLD_ID, householdId.toString(), PERSON_ID, person.value().toString(),
                        ArrivalProcess.SITE_CODE, site.value(), MEDICAL, medical, SECURITY, security))
                .start();
    }

    @Override
    public void personGone(PersonId person, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(PERSON_ID, person.value().toString()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
    }

    @Override
    public void householdScreened(RegistryNumber household) {
        // the waiting execution is a child of the process instance, which alone carries the business key
        runtime.createProcessInstanceQuery().processDefinitionKey(ArrivalProcess.KEY).processInstanceBusinessKey(household.value())
                .list().forEach(instance -> runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(ARRIVAL_WAIT)
                        .list().forEach(waiting -> runtime.trigger(waiting.getId())));
    }
}
