package org.refuge.platform.workflow.engine;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Named;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import org.refuge.protection.application.PhotoPrintPlanning;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.protection.workflow.PlanPhotoPrint;
import org.refuge.protection.workflow.RecordBreach;

/**
 * One real Flowable engine per test JVM on the PostgreSQL test database (REFUGE_DB_* variables, database
 * REFUGE_TEST_DB_NAME or refuge_test; {@code ./refuge test} starts the server), with every Refuge process deployed;
 * it connects as the schema's owner (REFUGE_DB_OWNER) when there is one.
 */
public final class TestProcessEngine {

    private static ProcessEngine engine;

    /** Breaches the identityDocuments process recorded: "registry number@deadline". */
    public static final List<String> BREACHES = new CopyOnWriteArrayList<>();

    /** The sites with photos the dailyPhotoPrint process is told about; the dates are computed as in production. */
    public static volatile List<String> sitesWithPhotos = List.of();

    public static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");
    public static final LocalTime PRINT_TIME = LocalTime.of(20, 0);

    private static final PhotoPrintPlanning PHOTO_PRINT = new PhotoPrintPlanning() {
        @Override
        public Plan plan(Instant at) {
            return new Plan(DocumentDeadlines.printDay(at, PRINT_TIME, ZONE), sitesWithPhotos, nextPrint(at));
        }

        @Override
        public Instant nextPrint(Instant after) {
            return DocumentDeadlines.nextPrint(after, PRINT_TIME, ZONE);
        }
    };

    private TestProcessEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setJdbcUrl("jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432")
                    + "/" + env("REFUGE_TEST_DB_NAME", "refuge_test"));
            configuration.setJdbcDriver("org.postgresql.Driver");
            // Flowable creates its tables here: as the schema's owner where the database has one (./refuge test), since
            // the runtime role may not (the server grants it the rows after its own migration)
            boolean owner = !env("REFUGE_DB_OWNER", "").isEmpty();
            configuration.setJdbcUsername(owner ? env("REFUGE_DB_OWNER", "") : env("REFUGE_DB_USER", "refuge"));
            configuration.setJdbcPassword(owner ? env("REFUGE_DB_OWNER_PASSWORD", "") : env("REFUGE_DB_PASSWORD", "refuge"));
            configuration.setDatabaseSchemaUpdate("true");
            configuration.setDisableIdmEngine(true);
            configuration.setDisableEventRegistry(true);
            configuration.setAsyncExecutorActivate(false);
            // the delegates under the names the server's CDI gives them (their @Named), with test ports
            configuration.setBeans(byName(new RecordBreach((registryNumber, deadline) -> BREACHES.add(registryNumber + "@" + deadline)),
                    new PlanPhotoPrint(PHOTO_PRINT)));
            engine = configuration.buildProcessEngine();
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("process-tests")
                    .enableDuplicateFiltering();
            for (String resource : WorkflowEngine.PROCESS_RESOURCES) {
                deployment.addClasspathResource(resource);
            }
            deployment.deploy();
        }
        return engine;
    }

    /** Each delegate under its CDI name, as {@code NamedBeans} finds it in the server. */
    static Map<Object, Object> byName(Object... delegates) {
        Map<Object, Object> beans = new HashMap<>();
        for (Object delegate : delegates) {
            beans.put(delegate.getClass().getAnnotation(Named.class).value(), delegate);
        }
        return beans;
    }

    /** Runs the instance's timers that are due on the engine's clock, as the async executor would. */
    public static int fireDueTimers(String processInstanceId) {
        var management = get().getManagementService();
        int fired = 0;
        for (var timer : management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
            fired++;
        }
        return fired;
    }

    /** Sets the engine's clock; {@link #resetClock()} after each test. */
    public static void clockAt(Instant at) {
        get().getProcessEngineConfiguration().getClock().setCurrentTime(java.util.Date.from(at));
    }

    public static void resetClock() {
        get().getProcessEngineConfiguration().getClock().reset();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
