package org.refuge.emergency.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The workflow port of the emergency context, implemented by the {@code bpmn} module. Calls join the caller's
 * transaction: if the caller rolls back, no process instance remains and no task changes.
 */
public interface ActionPlanWorkflow {

    /** One measure of the action plan as the board shows it: its area, groups, due time and whether it is done. */
    record PlanMeasure(String key, String area, List<String> groups, Instant createdAt, Instant dueAt, Instant doneAt,
                       String doneBy, String assignee) {
        public boolean done() {
            return doneAt != null;
        }

        public boolean overdue(Instant now) {
            return doneAt == null && dueAt != null && dueAt.isBefore(now);
        }
    }

    /** Starts the mass-influx response for a declared event and returns the process instance id. */
    String influxDeclared(UUID influxEventId);

    /**
     * The supervisor activated the action plan: its measures become tasks of their groups, and open alerts are done.
     * Returns false when the process no longer waits for the decision (it ended).
     */
    boolean planActivated(String processInstanceId, String user);

    /** Arrivals went above the event's threshold: the supervisors get an alert task. Returns whether it was delivered. */
    boolean thresholdExceeded(String processInstanceId);

    /** The government's decree was recorded: the plan's decree measure is done. */
    void decreeRecorded(String processInstanceId, String user);

    /**
     * A measure was met by what happened in another context (the first food handed out from the state reserve, a
     * social worker's first distribution round at a camp): it is done in every activated plan where it is still open,
     * by {@code user}, whose act met it. Returns how many plans it completed (0 when none waits for it).
     */
    int measureMet(String measure, String user);

    /** The measures of the activated plan, in the plan's order; empty before activation. */
    List<PlanMeasure> measures(String processInstanceId);
}
