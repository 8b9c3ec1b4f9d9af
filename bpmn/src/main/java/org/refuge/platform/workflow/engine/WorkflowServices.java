package org.refuge.platform.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/** CDI producers of the engine's services, for the workflow adapters of the {@code bpmn} module. */
@ApplicationScoped
public class WorkflowServices {

    @Inject
    WorkflowEngine workflowEngine;

    @Produces
    public RuntimeService runtimeService() {
        return workflowEngine.engine().getRuntimeService();
    }

    @Produces
    public TaskService taskService() {
        return workflowEngine.engine().getTaskService();
    }

    @Produces
    public RepositoryService repositoryService() {
        return workflowEngine.engine().getRepositoryService();
    }

    @Produces
    public HistoryService historyService() {
        return workflowEngine.engine().getHistoryService();
    }

    @Produces
    public ManagementService managementService() {
        return workflowEngine.engine().getManagementService();
    }
}
