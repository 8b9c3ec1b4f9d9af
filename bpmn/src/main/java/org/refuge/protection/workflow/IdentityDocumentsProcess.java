package org.refuge.protection.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.protection.application.DocumentsWorkflow;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The {@code identityDocuments} process (processes/identity-documents.bpmn20.xml): one per protected household,
 * business key its registry number. Timer dates are process variables set here from the registration time, so a
 * household granted late is escalated at once.
 */
@ApplicationScoped
public class IdentityDocumentsProcess implements DocumentsWorkflow {

    public static final String KEY = "identityDocuments";
    static final String SITE_CODE = "siteCode";
    static final String ESCALATE_AT = "escalateAt";
    static final String BREACH_AT = "breachAt";
    static final String RENEWAL_AT = "renewalAt";
    static final String RENEWAL = "renewal";
    public static final String ISSUE = "issueDocuments";
    static final String ISSUE_RENEWED = "issueRenewedDocuments";
    static final String DECIDE_RENEWAL = "decideRenewal";
    static final String RENEWAL_DUE = "renewalDue";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Override
    public void protectionGranted(RegistryNumber registryNumber, SiteCode siteCode, Instant registeredAt, Instant renewalAt) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value()).count() > 0) {
            return;
        }
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value())
                .finished().count() > 0) {
            // protected again after its protection ended: the three days run from this grant
            Instant now = clock();
            registeredAt = registeredAt.isBefore(now) ? now : registeredAt;
        }
        runtime.createProcessInstanceBuilder().processDefinitionKey(KEY).businessKey(registryNumber.value())
                .variables(variables(siteCode, registeredAt, renewalAt))
                .start();
    }

    /** The process's variables: its site and the dates its timers wait for. */
    public static Map<String, Object> variables(SiteCode siteCode, Instant registeredAt, Instant renewalAt) {
        return Map.of(SITE_CODE, siteCode.value(),
                ESCALATE_AT, Date.from(DocumentDeadlines.escalateAt(registeredAt)),
                BREACH_AT, Date.from(DocumentDeadlines.breachAt(registeredAt)),
                RENEWAL_AT, Date.from(renewalAt));
    }

    @Override
    public void documentsHandedOver(RegistryNumber registryNumber) {
        for (Task task : open(registryNumber, List.of(ISSUE, ISSUE_RENEWED))) {
            tasks.complete(task.getId());
        }
    }

    @Override
    public void renewalMoved(RegistryNumber registryNumber, Instant renewalAt) {
        for (var instance : runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value()).list()) {
            runtime.setVariable(instance.getId(), RENEWAL_AT, Date.from(renewalAt));
            // a renewal timer already waiting moves; one still to come reads the variable when it starts
            for (var timer : management.createTimerJobQuery().processInstanceId(instance.getId()).elementId(RENEWAL_DUE).list()) {
                management.rescheduleTimeDateJob(timer.getId(), renewalAt.toString());
            }
        }
    }

    @Override
    public boolean renewalDecided(RegistryNumber registryNumber, Renewal decision, Instant nextRenewalAt, String user) {
        List<Task> due = open(registryNumber, List.of(DECIDE_RENEWAL));
        for (Task task : due) {
            if (nextRenewalAt != null) {
                runtime.setVariable(task.getProcessInstanceId(), RENEWAL_AT, Date.from(nextRenewalAt));
            }
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId(), Map.of(RENEWAL, decision.name()));
        }
        return !due.isEmpty();
    }

    @Override
    public boolean renewalDue(RegistryNumber registryNumber) {
        return !open(registryNumber, List.of(DECIDE_RENEWAL)).isEmpty();
    }

    @Override
    public void protectionEnded(RegistryNumber registryNumber) {
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "protection ended"));
    }

    /** The engine's clock (process tests move it). */
    private Instant clock() {
        return management.executeCommand(context -> org.flowable.engine.impl.util.CommandContextUtil.getProcessEngineConfiguration(context)
                .getClock().getCurrentTime().toInstant());
    }

    /** Counted and paged by the engine; tasks created at the same moment keep the order of their ids. */
    @Override
    public Page<String> renewalsDue(PageRequest request) {
        var due = tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(DECIDE_RENEWAL);
        long total = due.count();
        List<Task> page = due.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(request.first(), request.size());
        Map<String, String> keys = new HashMap<>();
        if (!page.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(page.stream().map(Task::getProcessInstanceId)
                    .collect(Collectors.toSet())).list().forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        }
        return Page.of(page.stream().map(task -> keys.get(task.getProcessInstanceId())).toList(), total, request);
    }

    @Override
    public void householdVoided(RegistryNumber registryNumber) {
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "household voided"));
    }

    private List<Task> open(RegistryNumber registryNumber, List<String> taskKeys) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(registryNumber.value())
                .taskDefinitionKeys(taskKeys).list();
    }
}
