package org.refuge.platform.workflow.engine;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.TransactionManager;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import org.jboss.logging.Logger;

/**
 * The embedded Flowable engine. It is built at start-up on the container's JTA transaction manager and the
 * application's datasource, so a service's JPA write and a process step commit or roll back together; its async
 * executor runs on the container's managed threads. Bean-managed transactions: the engine starts and joins JTA
 * transactions itself. Flowable owns and upgrades its own tables.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class);

    /** Every process definition of Refuge, deployed together at start-up; unchanged files are not redeployed. */
    public static final String[] PROCESS_RESOURCES = {
            "processes/mass-influx-response.bpmn20.xml",
            "processes/arrival.bpmn20.xml",
            "processes/camp-set-up.bpmn20.xml",
    };

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedThreadFactory threadFactory;

    private ProcessEngine engine;

    /** The arrival process's key (registration.workflow.ArrivalProcess.KEY), for the start-up upgrade. */
    private static final String ARRIVAL = "arrival";

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setTransactionManager(transactionManager);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("postgres");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setClassLoader(WorkflowEngine.class.getClassLoader());
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setAsyncExecutorActivate(true);
        configuration.setAsyncExecutorThreadFactory(threadFactory);
        // a job whose node died is retried after its lock expires: five minutes, not Flowable's default hour
        configuration.setAsyncExecutorAsyncJobLockTimeInMillis(5 * 60 * 1000);
        configuration.setAsyncExecutorTimerLockTimeInMillis(5 * 60 * 1000);
        engine = configuration.buildProcessEngine();
        deployProcesses();
        upgradeRunningProcesses();
        resumeScreenedHouseholds();
        LOG.infof("Flowable engine started in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void deployProcesses() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("refuge-processes").enableDuplicateFiltering();
        for (String resource : PROCESS_RESOURCES) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
    }

    /**
     * Processes started on an earlier version of a definition move to the latest one where Flowable finds every
     * active step again (the steps keep their ids); the others stay on their version, with a warning.
     */
    private void upgradeRunningProcesses() {
        var repository = engine.getRepositoryService();
        var migration = engine.getProcessMigrationService();
        for (var latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (var older : repository.createProcessDefinitionQuery().processDefinitionKey(latest.getKey())
                    .processDefinitionVersionLowerThan(latest.getVersion()).list()) {
                if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(older.getId()).count() == 0) {
                    continue;
                }
                var builder = migration.createProcessInstanceMigrationBuilder().migrateToProcessDefinition(latest.getId());
                var validation = builder.validateMigrationOfProcessInstances(older.getId());
                if (validation.isMigrationValid()) {
                    builder.migrateProcessInstances(older.getId());
                    LOG.infof("Process instances of %s version %d moved to version %d", latest.getKey(), older.getVersion(), latest.getVersion());
                } else {
                    LOG.warnf("Process instances of %s version %d stay on it: %s", latest.getKey(), older.getVersion(),
                            validation.getValidationMessages());
                }
            }
        }
    }

    /**
     * Households whose arrival process ended at "screened" (its first version, before accommodation was part of it)
     * wait for allocation like those screened now: each gets an arrival process at its allocation step, once.
     */
    private void resumeScreenedHouseholds() {
        var history = engine.getHistoryService();
        var runtime = engine.getRuntimeService();
        int resumed = 0;
        for (var ended : history.createHistoricProcessInstanceQuery().processDefinitionKey(ARRIVAL).finished().list()) {
            if (!"screened".equals(ended.getEndActivityId()) || ended.getBusinessKey() == null
                    || history.createHistoricProcessInstanceQuery().processDefinitionKey(ARRIVAL)
                    .processInstanceBusinessKey(ended.getBusinessKey()).count() > 1) {
                continue;
            }
            java.util.Map<String, Object> variables = new java.util.HashMap<>();
            history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId()).list()
                    .forEach(variable -> variables.put(variable.getVariableName(), variable.getValue()));
            var instance = runtime.createProcessInstanceBuilder().processDefinitionKey(ARRIVAL)
                    .businessKey(ended.getBusinessKey()).variables(variables).start();
            runtime.createChangeActivityStateBuilder().processInstanceId(instance.getId())
                    .moveActivityIdsToSingleActivityId(java.util.List.of("medicalScreening", "securityCheck"), "allocation")
                    .changeState();
            resumed++;
        }
        if (resumed > 0) {
            LOG.infof("%d screened households resumed at allocation", resumed);
        }
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
