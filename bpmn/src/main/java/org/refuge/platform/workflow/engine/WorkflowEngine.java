package org.refuge.platform.workflow.engine;

import java.util.Optional;

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
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import org.jboss.logging.Logger;
import org.refuge.platform.persistence.SchemaOwner;

/**
 * The embedded Flowable engine. It is built at start-up on the container's JTA transaction manager and the
 * application's datasource, so a service's JPA write and a process step commit or roll back together; its async
 * executor runs on the container's managed threads. Bean-managed transactions: the engine starts and joins JTA
 * transactions itself. Flowable owns and upgrades its own tables. Delegates are found by their CDI name
 * ({@link NamedBeans}); what a context starts or upgrades at start-up is its own {@code @Startup} bean that depends on
 * this one (for example {@code IdentityDocumentsBackfill}, {@code ResumeScreenedHouseholds}).
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
            "processes/person-screening.bpmn20.xml",
            "processes/camp-set-up.bpmn20.xml",
            "processes/identity-documents.bpmn20.xml",
            "processes/daily-photo-print.bpmn20.xml",
            "processes/needs-follow-up.bpmn20.xml",
            "processes/best-interests.bpmn20.xml",
    };

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    /**
     * Not used: the reference makes the engine start after the persistence unit of {@code ejb.jar}, whose start
     * migrates the schema (FlywayMigrationIntegrator), so the contexts' start-up steps after it find their tables.
     */
    @PersistenceUnit(unitName = "refuge")
    EntityManagerFactory migratedSchema;

    @Inject
    BeanManager beanManager;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedThreadFactory threadFactory;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setTransactionManager(transactionManager);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("postgres");
        // Flowable's tables are created and upgraded by the schema's owner where one is configured; the server's own
        // role then only checks their version
        boolean ownerUpdates = updateSchemaAsOwner();
        configuration.setDatabaseSchemaUpdate(ownerUpdates ? "false" : "true");
        configuration.setClassLoader(WorkflowEngine.class.getClassLoader());
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setAsyncExecutorActivate(true);
        configuration.setAsyncExecutorThreadFactory(threadFactory);
        // a job whose node died is retried after its lock expires: five minutes, not Flowable's default hour
        configuration.setAsyncExecutorAsyncJobLockTimeInMillis(5 * 60 * 1000);
        configuration.setAsyncExecutorTimerLockTimeInMillis(5 * 60 * 1000);
        // a process's ${name} is the CDI bean of that name: a new delegate needs no change here
        configuration.setBeans(new NamedBeans(beanManager));
        engine = configuration.buildProcessEngine();
        deployProcesses();
        upgradeRunningProcesses();
        LOG.infof("Flowable engine started in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Creates or upgrades Flowable's tables as the schema's owner ({@link SchemaOwner}), when one is configured. */
    private boolean updateSchemaAsOwner() {
        Optional<SchemaOwner> owner = SchemaOwner.configured();
        if (owner.isEmpty()) {
            return false;
        }
        ProcessEngineConfiguration schema = new StandaloneProcessEngineConfiguration()
                .setEngineName("refuge-schema")
                .setJdbcUrl(owner.get().jdbcUrl()).setJdbcUsername(owner.get().user()).setJdbcPassword(owner.get().password())
                .setJdbcDriver("org.postgresql.Driver")
                .setDatabaseType("postgres")
                .setDatabaseSchemaUpdate("true")
                .setAsyncExecutorActivate(false);
        schema.setClassLoader(WorkflowEngine.class.getClassLoader());
        ((StandaloneProcessEngineConfiguration) schema).setDisableIdmEngine(true);
        ((StandaloneProcessEngineConfiguration) schema).setDisableEventRegistry(true);
        schema.buildProcessEngine().close();
        return true;
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
                try {
                    var validation = builder.validateMigrationOfProcessInstances(older.getId());
                    if (validation.isMigrationValid()) {
                        builder.migrateProcessInstances(older.getId());
                        LOG.infof("Process instances of %s version %d moved to version %d", latest.getKey(), older.getVersion(), latest.getVersion());
                    } else {
                        LOG.warnf("Process instances of %s version %d stay on it: %s", latest.getKey(), older.getVersion(),
                                validation.getValidationMessages());
                    }
                } catch (RuntimeException e) {
                    // an upgrade that fails leaves the processes on their version; it never stops the application
                    LOG.errorf(e, "Process instances of %s version %d could not move to version %d", latest.getKey(),
                            older.getVersion(), latest.getVersion());
                }
            }
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
