package org.refuge.registration.workflow;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.registration.application.ArrivalWorkflow;

/**
 * The {@code arrival} process (processes/arrival.bpmn20.xml): a registered household waits at "screening" until each
 * member's screening (their own {@code personScreening} process) is done, then goes on to allocation. Business key: the registry number; variables carry
 * ids and the site code (inboxes of site-bound staff show only their site's tasks).
 */
@ApplicationScoped
public class ArrivalProcess implements ArrivalWorkflow {

    public static final String KEY = "arrival";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String SITE_CODE = "siteCode";

    @Inject
    RuntimeService runtime;

    @Override
    public String householdRegistered(UUID householdId, RegistryNumber number, SiteCode site) {
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(KEY)
                .businessKey(number.value())
                .variables(Map.of(HOUSEHOLD_ID, householdId.toString(), SITE_CODE, site.value()))
                .start()
                .getId();
    }

    /** The arrival process and its members' screening processes end; their tasks go away. */
    @Override
    public void householdVoided(RegistryNumber number, String reason) {
        for (String key : new String[] {KEY, org.refuge.screening.workflow.PersonScreeningProcess.KEY}) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(number.value()).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "voided: " + reason));
        }
    }
}
