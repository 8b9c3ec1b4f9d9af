package org.refuge.emergency.workflow;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.engine.RuntimeService;
import org.refuge.emergency.application.ActionPlanWorkflow;

/**
 * The {@code massInfluxResponse} process (processes/mass-influx-response.bpmn20.xml): its key, its variables and
 * how it is started. The business key is the influx event's id; variables carry ids, never copies of records.
 */
@ApplicationScoped
public class MassInfluxResponseProcess implements ActionPlanWorkflow {

    public static final String KEY = "massInfluxResponse";
    public static final String INFLUX_EVENT_ID = "influxEventId";

    @Inject
    RuntimeService runtime;

    @Override
    public String influxDeclared(UUID influxEventId) {
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(KEY)
                .businessKey(influxEventId.toString())
                .variable(INFLUX_EVENT_ID, influxEventId.toString())
                .start()
                .getId();
    }
}
