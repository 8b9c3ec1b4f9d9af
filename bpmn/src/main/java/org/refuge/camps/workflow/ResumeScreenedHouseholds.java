package org.refuge.camps.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.jboss.logging.Logger;
import org.refuge.camps.application.AccommodationWorkflow;
import org.refuge.platform.workflow.engine.UpgradeSteps;
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.shared.RegistryNumber;

/**
 * Camps' start-up upgrade step: households whose arrival process ended at "screened" (its first versions, before
 * accommodation was part of it) wait for allocation like those screened now, each given an arrival process at its
 * allocation step. Runs once per database (recorded in {@code upgrade_step}), before the allocation queue is ranked;
 * a household that fails is logged and left, and a failure never stops start-up.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class ResumeScreenedHouseholds {

    private static final Logger LOG = Logger.getLogger(ResumeScreenedHouseholds.class);

    static final String STEP = "arrival-resume-screened";

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    @Inject
    WorkflowEngine workflow;

    @PostConstruct
    void start() {
        UpgradeSteps.runOnce(dataSource, STEP, this::resumeAll, LOG, "%d screened households resumed at allocation");
    }

    private int resumeAll(Connection connection) throws SQLException {
        HistoryService history = workflow.engine().getHistoryService();
        RuntimeService runtime = workflow.engine().getRuntimeService();
        int resumed = 0;
        for (var ended : history.createHistoricProcessInstanceQuery().processDefinitionKey(ArrivalProcess.KEY).finished().list()) {
            Optional<RegistryNumber> household = AccommodationWorkflow.householdOf(ended.getBusinessKey());
            if (!"screened".equals(ended.getEndActivityId()) || household.isEmpty()
                    || history.createHistoricProcessInstanceQuery().processDefinitionKey(ArrivalProcess.KEY)
                    .processInstanceBusinessKey(ended.getBusinessKey()).count() > 1
                    || !waitingForAccommodation(connection, household.get())) {
                continue;
            }
            String started = null;
            try {
                Map<String, Object> variables = new HashMap<>();
                history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId()).list()
                        .forEach(variable -> variables.put(variable.getVariableName(), variable.getValue()));
                started = runtime.createProcessInstanceBuilder().processDefinitionKey(ArrivalProcess.KEY)
                        .businessKey(ended.getBusinessKey()).variables(variables).start().getId();
                runtime.createChangeActivityStateBuilder().processInstanceId(started)
                        .moveActivityIdsToSingleActivityId(List.of("screening"), ArrivalAccommodation.ALLOCATION)
                        .changeState();
                resumed++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Household %s could not be resumed at allocation", ended.getBusinessKey());
                if (started != null) {
                    runtime.deleteProcessInstance(started, "resumption failed");
                }
            }
        }
        return resumed;
    }

    /** Not voided, no bed, no private address: still waiting for accommodation (registration's view of V31). */
    private static boolean waitingForAccommodation(Connection connection, RegistryNumber household) throws SQLException {
        try (var query = connection.prepareStatement("SELECT 1 FROM registration_accommodation_household h "
                + "WHERE h.registry_number = ? AND h.status <> 'VOIDED' "
                + "AND NOT EXISTS (SELECT 1 FROM camp_stay s WHERE s.household_id = h.id) "
                + "AND NOT EXISTS (SELECT 1 FROM private_accommodation a WHERE a.household_id = h.id)")) {
            query.setString(1, household.value());
            return query.executeQuery().next();
        }
    }
}
