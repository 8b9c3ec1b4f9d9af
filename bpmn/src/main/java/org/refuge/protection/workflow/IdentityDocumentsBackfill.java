package org.refuge.protection.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.transaction.TransactionManager;

import org.flowable.engine.ProcessEngine;
import org.jboss.logging.Logger;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.workflow.engine.UpgradeSteps;
import org.refuge.platform.workflow.engine.WorkflowEngine;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Protection's start-up upgrade step: households protected before the identity-document process existed get one,
 * once per database (recorded in {@code upgrade_step}): its clock from their registration, its renewal before their
 * earliest expiry. Where every protected member already holds a handed-over document, the clock is ended in the same
 * transaction, so no timer of a finished clock ever fires. Registration is read through its published view
 * {@code registration_accommodation_household} (V31), never its tables. A household that fails is logged and left,
 * and a failure never stops start-up.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class IdentityDocumentsBackfill {

    private static final Logger LOG = Logger.getLogger(IdentityDocumentsBackfill.class);

    static final String STEP = "identity-documents-backfill";

    /** Protected households not voided: number, site, registration, earliest expiry, members still without a document. */
    static final String PROTECTED_HOUSEHOLDS = """
            SELECT h.registry_number, h.site_code, h.registered_at, min(s.valid_until),
                   count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id
                                                      AND d.status = 'HANDED_OVER' AND d.valid_until >= s.valid_until))
            FROM protection_status s JOIN registration_accommodation_household h ON h.id = s.household_id
            WHERE s.status IN ('GRANTED', 'EXTENDED') AND h.status <> 'VOIDED'
            GROUP BY h.registry_number, h.site_code, h.registered_at""";

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Inject
    WorkflowEngine workflow;

    @Inject
    RefugeSettings settings;

    @PostConstruct
    void start() {
        UpgradeSteps.runOnce(dataSource, STEP, this::startAll, LOG, "%d protected households got their identity-document process");
    }

    private int startAll(Connection connection) throws SQLException {
        ProcessEngine engine = workflow.engine();
        int started = 0;
        try (var query = connection.prepareStatement(PROTECTED_HOUSEHOLDS); var rows = query.executeQuery()) {
            while (rows.next()) {
                RegistryNumber number = new RegistryNumber(rows.getString(1));
                if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(IdentityDocumentsProcess.KEY)
                        .processInstanceBusinessKey(number.value()).count() > 0) {
                    continue;
                }
                Instant renewal = DocumentDeadlines.renewalAt(rows.getObject(4, LocalDate.class), settings.renewalNotice(), settings.zone());
                if (start(engine, number, new SiteCode(rows.getString(2)), rows.getTimestamp(3).toInstant(), renewal, rows.getLong(5) == 0)) {
                    started++;
                }
            }
        }
        return started;
    }

    /** One household's process, in its own transaction; its clock ended at once when nobody waits for a document. */
    private boolean start(ProcessEngine engine, RegistryNumber number, SiteCode site, Instant registeredAt, Instant renewal, boolean nobodyWaits) {
        try {
            transactionManager.begin();
            String instance = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(IdentityDocumentsProcess.KEY)
                    .businessKey(number.value()).variables(IdentityDocumentsProcess.variables(site, registeredAt, renewal)).start().getId();
            if (nobodyWaits) {
                engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(IdentityDocumentsProcess.ISSUE).list()
                        .forEach(task -> engine.getTaskService().complete(task.getId()));
            }
            transactionManager.commit();
            return true;
        } catch (Exception e) {
            LOG.errorf(e, "No identity-document process could be started for household %s", number);
            try {
                transactionManager.rollback();
            } catch (Exception ignored) {
                // nothing left to roll back
            }
            return false;
        }
    }
}
