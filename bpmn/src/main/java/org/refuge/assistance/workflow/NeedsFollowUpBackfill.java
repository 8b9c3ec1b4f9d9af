package org.refuge.assistance.workflow;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.flowable.engine.ProcessEngine;
import org.jboss.logging.Logger;
import org.refuge.platform.workflow.engine.UpgradeSteps;
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Assistance's start-up upgrade step: the follow-up cases the migration V58 opened for households registered with
 * specific needs before follow-up existed get their process, once per database (recorded in {@code upgrade_step}), at
 * their site now (the camp the household is placed in, else its border crossing point) and escalating when their
 * first contact is due. A case that fails is logged by its id and left; a failure never stops start-up. The step runs
 * from a timer a few seconds after the deployment, not in it: a registry of millions holds hundreds of thousands of
 * households with needs (some 700,000 in the 5,000,000-person benchmark), whose processes take hours to start, and
 * the application serves meanwhile. Stopped half-way, it starts the rest at the next start (cases that have their
 * process are skipped).
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class NeedsFollowUpBackfill {

    private static final Logger LOG = Logger.getLogger(NeedsFollowUpBackfill.class);

    static final String STEP = "needs-follow-up-backfill";

    static final String OPEN_CASES = """
            SELECT c.id, c.registry_number,
                   coalesce((SELECT min(p.camp_code) FROM camps_household_placement p WHERE p.household_id = c.household_id), c.bcp_code),
                   c.first_contact_due_at
            FROM assistance_follow_up_case c WHERE c.status = 'OPEN'""";

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Inject
    WorkflowEngine workflow;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig(STEP, false));
    }

    @Timeout
    void start() {
        UpgradeSteps.runOnce(dataSource, STEP, this::startAll, LOG, "%d follow-up cases got their process");
    }

    private int startAll(Connection connection) throws SQLException {
        ProcessEngine engine = workflow.engine();
        int started = 0;
        try (var query = connection.prepareStatement(OPEN_CASES); var rows = query.executeQuery()) {
            while (rows.next()) {
                String number = rows.getString(2);
                if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NeedsFollowUpProcess.KEY)
                        .processInstanceBusinessKey(number).count() > 0) {
                    continue;
                }
                try {
                    transactionManager.begin();
                    engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(NeedsFollowUpProcess.KEY)
                            .businessKey(new RegistryNumber(number).value())
                            .variables(NeedsFollowUpProcess.variables(new SiteCode(rows.getString(3)), rows.getTimestamp(4).toInstant()))
                            .start();
                    transactionManager.commit();
                    started++;
                } catch (Exception e) {
                    LOG.errorf(e, "No follow-up process could be started for case %s", rows.getString(1));
                    rollback();
                }
            }
        }
        return started;
    }

    private void rollback() {
        try {
            transactionManager.rollback();
        } catch (Exception ignored) {
            // nothing left to roll back
        }
    }
}
