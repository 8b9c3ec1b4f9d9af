package org.refuge.protection.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.flowable.engine.ProcessEngine;
import org.jboss.logging.Logger;
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.protection.application.PhotoPrintPlanning;

/**
 * Protection's start-up step for the end-of-day photo print: one {@code dailyPhotoPrint} process runs for good,
 * started here when none runs, and a print whose planning failed for good (the database away at print time) is tried
 * again. An advisory lock keeps two nodes starting at the same moment from starting two. A failure never stops start-up.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DailyPhotoPrintSchedule {

    private static final Logger LOG = Logger.getLogger(DailyPhotoPrintSchedule.class);

    /** The advisory-lock key of the photo-print start ("refuge photo print"). */
    private static final long PHOTO_PRINT_LOCK = 0x5245_4655_4745_5050L;

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    @Inject
    WorkflowEngine workflow;

    @Inject
    PhotoPrintPlanning photoPrint;

    @PostConstruct
    void start() {
        ProcessEngine engine = workflow.engine();
        try (Connection connection = dataSource.getConnection(); var lock = connection.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + PHOTO_PRINT_LOCK + ")");
            try {
                for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanPhotoPrint.KEY).list()) {
                    for (var dead : engine.getManagementService().createDeadLetterJobQuery().processInstanceId(instance.getId()).list()) {
                        engine.getManagementService().moveDeadLetterJobToExecutableJob(dead.getId(), 3);
                        LOG.warnf("End-of-day photo print job %s failed before; tried again", dead.getId());
                    }
                }
                if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanPhotoPrint.KEY).count() == 0) {
                    Instant next = photoPrint.nextPrint(Instant.now());
                    engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(PlanPhotoPrint.KEY)
                            .variables(Map.of(PlanPhotoPrint.NEXT_PRINT_AT, Date.from(next))).start();
                    LOG.infof("End-of-day photo print scheduled, first at %s", next);
                }
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + PHOTO_PRINT_LOCK + ")");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "The end-of-day photo print could not be scheduled; it is tried again at the next start");
        }
    }
}
