package org.refuge.acceptance;

import java.util.List;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment of the real EAR for every test class that tests it from outside ({@code testable = false}): the
 * first such class deploys it and it stays until a class needs another archive (an in-container test's EAR) or the
 * server stops. Deploying and undeploying the EAR around each of some 60 classes cost about 9 minutes of the suite.
 * The tests lose nothing by it: each class makes its own families, users and sites, as against a long-running server.
 */
public final class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject
    private Instance<DeploymentScenario> scenario;

    @Inject
    private Instance<ContainerRegistry> registry;

    @Inject
    private Event<UnDeployDeployment> undeployment;

    private Container<?> container;
    private Deployment deployed;

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) throws Exception {
        List<Deployment> deployments = scenario.get().managedDeploymentsInDeployOrder();
        Archive<?> wanted = shareable(deployments);
        if (wanted != null && deployed != null && wanted.getName().equals(deployed.getDescription().getArchive().getName())) {
            return;   // already there since an earlier class
        }
        if (!deployments.isEmpty()) {
            undeployShared();
        }
        event.proceed();
        if (wanted != null) {
            container = registry.get().getContainer(deployments.get(0).getDescription().getTarget());
            deployed = deployments.get(0);
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
        if (deployed != null && shareable(scenario.get().managedDeploymentsInDeployOrder()) != null) {
            return;   // kept for the next class
        }
        event.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) {
        undeployShared();
    }

    /** The archive of a class whose only deployment is tested from outside, else null. */
    private static Archive<?> shareable(List<Deployment> deployments) {
        if (deployments.size() != 1) {
            return null;
        }
        DeploymentDescription description = deployments.get(0).getDescription();
        return description.isArchiveDeployment() && !description.testable() ? description.getArchive() : null;
    }

    /** Through Arquillian's own event, which activates the container's context its deployer lives in. */
    private void undeployShared() {
        if (deployed != null) {
            Deployment leaving = deployed;
            deployed = null;
            LOG.info(() -> "Undeploying the shared " + leaving.getDescription().getArchive().getName());
            undeployment.fire(new UnDeployDeployment(container, leaving));
        }
    }

    /** Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }
}
