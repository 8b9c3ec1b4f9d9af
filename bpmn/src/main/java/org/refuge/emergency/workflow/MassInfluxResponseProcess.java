package org.refuge.emergency.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.api.history.HistoricIdentityLink;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.refuge.emergency.application.ActionPlanWorkflow;

/**
 * The {@code massInfluxResponse} process (processes/mass-influx-response.bpmn20.xml): its key, its variables and
 * how it is driven. The business key is the influx event's id; variables carry ids, never copies of records. The
 * measures of the action plan are its user tasks named in {@link #MEASURES}; each id starts with its area (BCP, CAMP,
 * AID, TP).
 */
@ApplicationScoped
public class MassInfluxResponseProcess implements ActionPlanWorkflow {

    public static final String KEY = "massInfluxResponse";
    public static final String INFLUX_EVENT_ID = "influxEventId";
    /** Shows the tasks of this national process to site-bound staff of every site. */
    public static final String SCOPE = "scope";
    public static final String NATIONAL = "national";
    static final String ASSESS = "assessInflux";
    static final String DECREE = "tpDecree";
    static final String ALERT = "massInfluxAlert";
    static final String THRESHOLD_MESSAGE = "thresholdExceeded";
    /** The measures in the order of the brief. */
    static final List<String> MEASURES = List.of("bcpCrossing", "bcpTraining", "bcpPolice", "bcpMedical", "campTransfer",
            "campLand", "campStaffTents", "campWater", "campPower", "aidReserves", "aidSocialWorkers", "aidPartners",
            "tpStaff", "tpWorkingGroups", "tpRegistry", "tpEnquiries", "tpDecree", "tpDocuments");

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Override
    public String influxDeclared(UUID influxEventId) {
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(KEY)
                .businessKey(influxEventId.toString())
                .variables(Map.of(INFLUX_EVENT_ID, influxEventId.toString(), SCOPE, NATIONAL))
                .start()
                .getId();
    }

    @Override
    public boolean planActivated(String processInstanceId, String user) {
        List<org.flowable.task.api.Task> assess = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(ASSESS).list();
        if (assess.isEmpty()) {
            return false;
        }
        runtime.setVariable(processInstanceId, SCOPE, NATIONAL);   // instances started before the variable existed
        for (var task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(ALERT).list()) {
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId());
        }
        assess.forEach(task -> {
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId(), Map.of("activate", true));
        });
        return true;
    }

    @Override
    public boolean thresholdExceeded(String processInstanceId) {
        var subscribed = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(THRESHOLD_MESSAGE).list();
        subscribed.forEach(execution -> runtime.messageEventReceived(THRESHOLD_MESSAGE, execution.getId()));
        return !subscribed.isEmpty();
    }

    @Override
    public void decreeRecorded(String processInstanceId, String user) {
        tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(DECREE).list().forEach(task -> {
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId());
        });
    }

    @Override
    public int measureMet(String measure, String user) {
        if (!MEASURES.contains(measure)) {
            throw new IllegalArgumentException("not a measure of the action plan: " + measure);
        }
        List<org.flowable.task.api.Task> open = tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(measure).list();
        open.forEach(task -> {
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId());
        });
        return open.size();
    }

    @Override
    public List<PlanMeasure> measures(String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeys(MEASURES).list().stream()
                .sorted(Comparator.comparingInt(task -> MEASURES.indexOf(task.getTaskDefinitionKey())))
                .map(this::measure).toList();
    }

    /** The area of a measure: the prefix of its id (bcpCrossing is a BCP measure). */
    static String area(String measure) {
        return measure.startsWith("bcp") ? "BCP" : measure.startsWith("camp") ? "CAMP" : measure.startsWith("aid") ? "AID" : "TP";
    }

    private PlanMeasure measure(HistoricTaskInstance task) {
        List<String> groups = history.getHistoricIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(HistoricIdentityLink::getGroupId).distinct().sorted().toList();
        return new PlanMeasure(task.getTaskDefinitionKey(), area(task.getTaskDefinitionKey()), groups, task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                task.getEndTime() == null ? null : task.getAssignee(), task.getAssignee());
    }
}
