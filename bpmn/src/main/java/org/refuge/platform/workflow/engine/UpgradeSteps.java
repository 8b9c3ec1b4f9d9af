package org.refuge.platform.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Start-up upgrade steps that bring data written by an older version up to the current processes, each run once per
 * database: a step is recorded in {@code upgrade_step} by name after it has run, and a recorded step is skipped. A step
 * that throws is logged, not recorded, and tried again at the next start; it never stops start-up. Steps handle their
 * own households one by one, so a household that fails is left for a person and the step is still recorded.
 */
public final class UpgradeSteps {

    /** The work of one step, given a connection without a transaction of its own; answers how many items it changed. */
    @FunctionalInterface
    public interface Step {
        int run(Connection connection) throws SQLException;
    }

    private UpgradeSteps() {
    }

    /**
     * Runs {@code step} unless {@code name} is recorded, then records it and logs {@code done} with the count it
     * answered ({@code %d}). Answers the count, or -1 when the step had run before or failed.
     */
    public static int runOnce(DataSource dataSource, String name, Step step, Logger log, String done) {
        try (Connection connection = dataSource.getConnection()) {
            if (recorded(connection, name)) {
                return -1;
            }
            int changed = step.run(connection);
            try (var record = connection.prepareStatement("INSERT INTO upgrade_step (name, done_at) VALUES (?, now())")) {
                record.setString(1, name);
                record.executeUpdate();
            }
            log.infof(done, changed);
            return changed;
        } catch (SQLException | RuntimeException e) {
            log.errorf(e, "Upgrade step %s failed; it is tried again at the next start", name);
            return -1;
        }
    }

    private static boolean recorded(Connection connection, String name) throws SQLException {
        try (var done = connection.prepareStatement("SELECT 1 FROM upgrade_step WHERE name = ?")) {
            done.setString(1, name);
            return done.executeQuery().next();
        }
    }
}
