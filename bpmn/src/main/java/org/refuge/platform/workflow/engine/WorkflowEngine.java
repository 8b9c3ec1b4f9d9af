package org.refuge.platform.workflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

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
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.persistence.SchemaOwner;
import org.refuge.protection.application.BreachLog;
import org.refuge.protection.application.PhotoPrintPlanning;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.protection.workflow.IdentityDocumentsProcess;
import org.refuge.protection.workflow.PlanPhotoPrint;
import org.refuge.protection.workflow.RecordBreach;

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
            "processes/identity-documents.bpmn20.xml",
            "processes/daily-photo-print.bpmn20.xml",
    };

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    /**
     * Not used: the reference makes the engine start after the persistence unit of {@code ejb.jar}, whose start
     * migrates the schema (FlywayMigrationIntegrator), so the start-up upgrade finds its tables.
     */
    @PersistenceUnit(unitName = "refuge")
    EntityManagerFactory migratedSchema;

    @Inject
    BreachLog breaches;

    @Inject
    PhotoPrintPlanning photoPrint;

    @Inject
    RefugeSettings settings;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedThreadFactory threadFactory;

    private ProcessEngine engine;

    /** The advisory-lock key of the photo-print start ("refuge photo print"). */
    private static final long PHOTO_PRINT_LOCK = 0x5245_4655_4745_5050L;

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
        configuration.setBeans(beans(breaches, photoPrint));
        engine = configuration.buildProcessEngine();
        deployProcesses();
        scheduleDailyPhotoPrint();
        upgradeRunningProcesses();
        startDocumentProcesses();
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

    /**
     * Households protected before the identity-document process existed get one, once per database (recorded in
     * {@code upgrade_step}): its clock from their registration, its renewal before their earliest expiry. Where every
     * protected member already holds a handed-over document, the clock is ended in the same transaction, so no timer
     * of a finished clock ever fires. A household that fails is logged and left.
     */
    private void startDocumentProcesses() {
        String step = "identity-documents-backfill";
        try (java.sql.Connection connection = dataSource.getConnection()) {
            try (var done = connection.prepareStatement("SELECT 1 FROM upgrade_step WHERE name = ?")) {
                done.setString(1, step);
                if (done.executeQuery().next()) {
                    return;
                }
            }
            int started = 0;
            try (var protectedHouseholds = connection.prepareStatement("""
                    SELECT h.registry_number, h.site_code, h.registered_at, min(s.valid_until),
                           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id
                                                              AND d.status = 'HANDED_OVER' AND d.valid_until >= s.valid_until))
                    FROM protection_status s JOIN household h ON h.id = s.household_id
                    WHERE s.status IN ('GRANTED', 'EXTENDED') AND h.status <> 'VOIDED'
                    GROUP BY h.registry_number, h.site_code, h.registered_at""");
                 var rows = protectedHouseholds.executeQuery()) {
                while (rows.next()) {
                    String number = rows.getString(1);
                    if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(IdentityDocumentsProcess.KEY)
                            .processInstanceBusinessKey(number).count() > 0) {
                        continue;
                    }
                    Instant renewal = DocumentDeadlines.renewalAt(rows.getObject(4, java.time.LocalDate.class), settings.renewalNotice(),
                            settings.zone());
                    try {
                        transactionManager.begin();
                        String instance = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(IdentityDocumentsProcess.KEY)
                                .businessKey(number).variables(IdentityDocumentsProcess.variables(rows.getString(2),
                                        rows.getTimestamp(3).toInstant(), renewal)).start().getId();
                        if (rows.getLong(5) == 0) {
                            engine.getTaskService().createTaskQuery().processInstanceId(instance)
                                    .taskDefinitionKey(IdentityDocumentsProcess.ISSUE).list()
                                    .forEach(task -> engine.getTaskService().complete(task.getId()));
                        }
                        transactionManager.commit();
                        started++;
                    } catch (Exception e) {
                        LOG.errorf(e, "No identity-document process could be started for household %s", number);
                        try {
                            transactionManager.rollback();
                        } catch (Exception ignored) {
                            // nothing left to roll back
                        }
                    }
                }
            }
            try (var record = connection.prepareStatement("INSERT INTO upgrade_step (name, done_at) VALUES (?, now())")) {
                record.setString(1, step);
                record.executeUpdate();
            }
            LOG.infof("%d protected households got their identity-document process", started);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.errorf(e, "Starting identity-document processes failed; it is tried again at the next start");
        }
    }

    /** The beans the processes' service tasks name: {@code ${breachRecorder}}, {@code ${photoPrintPlanner}}. */
    public static Map<Object, Object> beans(BreachLog breaches, PhotoPrintPlanning photoPrint) {
        return Map.of("breachRecorder", new RecordBreach(breaches), "photoPrintPlanner", new PlanPhotoPrint(photoPrint));
    }

    /**
     * One end-of-day print process runs for good; started here when none runs. An advisory lock keeps two nodes
     * starting at the same moment from starting two.
     */
    private void scheduleDailyPhotoPrint() {
        try (java.sql.Connection connection = dataSource.getConnection(); var lock = connection.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + PHOTO_PRINT_LOCK + ")");
            try {
                // a print whose planning failed for good (the database away at print time) is tried again
                for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanPhotoPrint.KEY).list()) {
                    for (var dead : engine.getManagementService().createDeadLetterJobQuery().processInstanceId(instance.getId()).list()) {
                        engine.getManagementService().moveDeadLetterJobToExecutableJob(dead.getId(), 3);
                        LOG.warnf("End-of-day photo print job %s failed before; tried again", dead.getId());
                    }
                }
                if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanPhotoPrint.KEY).count() == 0) {
                    Instant next = photoPrint.nextPrint(Instant.now());
                    engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(PlanPhotoPrint.KEY)
                            .variables(Map.of("nextPrintAt", Date.from(next))).start();
                    LOG.infof("End-of-day photo print scheduled, first at %s", next);
                }
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + PHOTO_PRINT_LOCK + ")");
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.errorf(e, "The end-of-day photo print could not be scheduled; it is tried again at the next start");
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
