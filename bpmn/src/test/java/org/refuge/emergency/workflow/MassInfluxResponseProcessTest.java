package org.refuge.emergency.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * processes/mass-influx-response.bpmn20.xml on a real Flowable engine and the PostgreSQL test database
 * (REFUGE_DB_* variables, database refuge_test by default; {@code ./refuge test} starts it).
 */
class MassInfluxResponseProcessTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        String url = "jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432") + "/"
                + env("REFUGE_TEST_DB_NAME", "refuge_test");
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(env("REFUGE_DB_USER", "refuge"));
        configuration.setJdbcPassword(env("REFUGE_DB_PASSWORD", "refuge"));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("process-test").enableDuplicateFiltering()
                .addClasspathResource("processes/mass-influx-response.bpmn20.xml").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Test
    void declaredInflux_asksASupervisorToAssess_thenEnds() {
        String eventId = UUID.randomUUID().toString();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceBuilder()
                .processDefinitionKey(MassInfluxResponseProcess.KEY).businessKey(eventId)
                .variable(MassInfluxResponseProcess.INFLUX_EVENT_ID, eventId).start();

        Task assess = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(assess.getTaskDefinitionKey()).isEqualTo("assessInflux");
        assertThat(assess.getDueDate()).as("due four hours after the declaration").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("supervisor").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).taskCandidateGroup("registrar").count()).isZero();

        engine.getTaskService().claim(assess.getId(), "supervisor");
        engine.getTaskService().complete(assess.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId()).isEqualTo("influxAssessed");
    }
}
