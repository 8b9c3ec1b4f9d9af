package org.refuge.platform.workflow.engine;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;

/**
 * One real Flowable engine per test JVM on the PostgreSQL test database (REFUGE_DB_* variables, database
 * REFUGE_TEST_DB_NAME or refuge_test; {@code ./refuge test} starts the server), with every Refuge process deployed.
 */
public final class TestProcessEngine {

    private static ProcessEngine engine;

    private TestProcessEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setJdbcUrl("jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432")
                    + "/" + env("REFUGE_TEST_DB_NAME", "refuge_test"));
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername(env("REFUGE_DB_USER", "refuge"));
            configuration.setJdbcPassword(env("REFUGE_DB_PASSWORD", "refuge"));
            configuration.setDatabaseSchemaUpdate("true");
            configuration.setDisableIdmEngine(true);
            configuration.setDisableEventRegistry(true);
            configuration.setAsyncExecutorActivate(false);
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
