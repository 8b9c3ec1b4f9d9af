package org.refuge.emergency.application;

import java.util.UUID;

/**
 * The workflow port of the emergency context, implemented by the {@code bpmn} module. Calls join the caller's
 * transaction: if the caller rolls back, no process instance remains.
 */
public interface ActionPlanWorkflow {

    /** Starts the mass-influx response for a declared event and returns the process instance id. */
    String influxDeclared(UUID influxEventId);
}
