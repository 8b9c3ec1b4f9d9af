package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.naming.InitialContext;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refuge.emergency.application.DeclareInfluxForm;
import org.refuge.emergency.application.EmergencyService;
import org.refuge.emergency.domain.InfluxEvent;

/**
 * A service's JPA write and the process start it causes share one JTA transaction: both commit, or neither
 * remains. Runs inside WildFly against PostgreSQL, with the real EAR.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowTransactionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWith(WorkflowTransactionIT.class, RunAsSupervisor.class, RunAsRegistrar.class);
    }

    @Inject
    EmergencyService emergencies;

    @Inject
    RunAsSupervisor supervisor;

    @Inject
    RunAsRegistrar registrar;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @PersistenceContext(unitName = "refuge")
    EntityManager em;

    @Test
    void declaringAnInflux_commitsTheEventAndStartsItsProcess() throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        InfluxEvent event = supervisor.call(() -> emergencies.declare(new DeclareInfluxForm("Commit " + UUID.randomUUID(), 2000)));
        tx.commit();

        assertThat(em.find(InfluxEvent.class, event.id())).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(event.id().toString()).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(event.id().toString())
                .taskCandidateGroup("supervisor").taskDefinitionKey("assessInflux").count()).isEqualTo(1);
    }

    @Test
    void aRolledBackDeclaration_leavesNeitherEventNorProcess() throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        InfluxEvent event = supervisor.call(() -> emergencies.declare(new DeclareInfluxForm("Rollback " + UUID.randomUUID(), 2000)));
        assertThat(event.processInstanceId()).isNotBlank();
        tx.rollback();

        assertThat(em.find(InfluxEvent.class, event.id())).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(event.id().toString()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(event.processInstanceId()).count()).isZero();
    }

    @Test
    void aRegistrarCannotDeclareAnInflux() {
        assertThatThrownBy(() -> registrar.call(() -> emergencies.declare(new DeclareInfluxForm("Denied", 2000))))
                .isInstanceOf(EJBAccessException.class);
    }
}
