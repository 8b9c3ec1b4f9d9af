package org.refuge.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;
import org.refuge.platform.config.RefugeSettings;

/**
 * Migrates the application schema with Flyway while Hibernate builds the session factory, before it validates
 * the mapping: the persistence unit starts before any start-up bean could run Flyway. The application keeps its
 * own history table so that Flowable's tables in the same schema never confuse the baseline.
 * Demo reference data ({@code db/demo}) is applied only when {@code refuge.demo.data} / {@code REFUGE_DEMO_DATA} is true.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class);

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData()) {
            locations.add("classpath:db/demo");
        }
        var flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader());
        Optional<SchemaOwner> owner = SchemaOwner.configured();
        if (owner.isPresent()) {
            // the schema's owner migrates; the server's own role only reads and writes rows (afterMigrate grants them)
            flyway.dataSource(owner.get().jdbcUrl(), owner.get().user(), owner.get().password());
        } else {
            flyway.dataSource(sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class).unwrap(DataSource.class));
        }
        MigrateResult result = flyway
                .placeholders(Map.of("runtime_role", SchemaOwner.runtimeRole(), "time_zone", new RefugeSettings().zone().getId()))
                .table("refuge_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.infof("Application schema at version %s (%d migrations applied now, as %s)", result.targetSchemaVersion,
                result.migrationsExecuted, owner.map(SchemaOwner::user).orElse("the runtime role"));
    }

    static boolean demoData() {
        String value = System.getProperty("refuge.demo.data", System.getenv("REFUGE_DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
