package org.refuge.protection.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.platform.workflow.engine.TestProcessEngine.clockAt;
import static org.refuge.platform.workflow.engine.TestProcessEngine.fireDueTimers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refuge.platform.workflow.engine.TestProcessEngine;
import org.refuge.protection.application.DocumentsWorkflow.Renewal;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * processes/identity-documents.bpmn20.xml and daily-photo-print.bpmn20.xml on Flowable's clock: the three-day clock
 * escalates at 48 hours and records a breach at 72; handing the documents over ends it; the renewal task comes a
 * notice period before expiry; the end-of-day print gives each site with photos a registrar task at 20:00 Yerevan.
 */
class IdentityDocumentsProcessTest {

    private static ProcessEngine engine;
    private static IdentityDocumentsProcess adapter;

    private final Instant registered = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String household = "BCP-TEST-20261123-" + (100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
    private final RegistryNumber number = new RegistryNumber(household);
    private static final SiteCode MARGARA = new SiteCode("BCP-MARGARA");

    @BeforeAll
    static void engine() {
        engine = TestProcessEngine.get();
        adapter = new IdentityDocumentsProcess();
        adapter.runtime = engine.getRuntimeService();
        adapter.tasks = engine.getTaskService();
        adapter.management = engine.getManagementService();
        adapter.history = engine.getHistoryService();
    }

    @AfterEach
    void clock() {
        TestProcessEngine.resetClock();
        TestProcessEngine.sitesWithPhotos = List.of();
    }

    private String instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(IdentityDocumentsProcess.KEY)
                .processInstanceBusinessKey(household).singleResult().getId();
    }

    private List<String> openTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).orderByTaskDefinitionKey().asc()
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private void at(Duration sinceRegistration) {
        clockAt(registered.plus(sinceRegistration));
        fireDueTimers(instance());
    }

    @Test
    void documentsStillMissing_escalateAt48Hours_andTheBreachIsRecordedAt72() {
        clockAt(registered.plus(Duration.ofHours(2)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        Task issue = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).singleResult();
        assertThat(issue.getTaskDefinitionKey()).isEqualTo("issueDocuments");
        assertThat(issue.getDueDate().toInstant()).as("due 72 hours after registration").isEqualTo(registered.plus(Duration.ofHours(72)));
        assertThat(engine.getTaskService().createTaskQuery().taskId(issue.getId()).taskCandidateGroup("police").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance(), "siteCode")).isEqualTo("BCP-MARGARA");

        at(Duration.ofHours(47).plusMinutes(59));
        assertThat(openTasks()).containsExactly("issueDocuments");

        at(Duration.ofHours(48).plusMinutes(1));
        assertThat(openTasks()).containsExactly("documentsAtRisk", "issueDocuments");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).taskDefinitionKey("documentsAtRisk")
                .taskCandidateGroup("supervisor").count()).isEqualTo(1);
        assertThat(TestProcessEngine.BREACHES).noneMatch(b -> b.startsWith(household));

        at(Duration.ofHours(72).plusMinutes(1));
        assertThat(openTasks()).containsExactly("documentsAtRisk", "documentsBreached", "issueDocuments");
        assertThat(TestProcessEngine.BREACHES).contains(household + "@" + registered.plus(Duration.ofHours(72)));

        // handed over late: the clock ends, the supervisors' tasks go, the breach stays recorded
        adapter.documentsHandedOver(number);
        assertThat(openTasks()).isEmpty();
        assertThat(engine.getRuntimeService().createActivityInstanceQuery().processInstanceId(instance()).unfinished()
                .activityId("renewalDue").count()).isEqualTo(1);
        assertThat(TestProcessEngine.BREACHES).filteredOn(b -> b.startsWith(household)).hasSize(1);
    }

    @Test
    void documentsHandedOverInTime_nobodyIsCalled() {
        clockAt(registered.plus(Duration.ofHours(5)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).count())
                .as("a second grant in the household keeps its process").isEqualTo(1);
        at(Duration.ofHours(30));
        adapter.documentsHandedOver(number);
        at(Duration.ofHours(80));
        assertThat(openTasks()).isEmpty();
        assertThat(TestProcessEngine.BREACHES).noneMatch(b -> b.startsWith(household));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(household)
                .taskDefinitionKeys(List.of("documentsAtRisk", "documentsBreached")).count()).isZero();
    }

    @Test
    void grantedAfterTheDeadline_escalatesAndRecordsTheBreachAtOnce() {
        clockAt(registered.plus(Duration.ofHours(80)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        fireDueTimers(instance());
        assertThat(openTasks()).containsExactly("documentsAtRisk", "documentsBreached", "issueDocuments");
        assertThat(TestProcessEngine.BREACHES).contains(household + "@" + registered.plus(Duration.ofHours(72)));
    }

    @Test
    void beforeExpiry_aCaseworkerDecidesRenewal_thePoliceIssueNewDocuments_andTheNextRenewalWaits() {
        Instant renewalAt = registered.plus(Duration.ofDays(335));
        clockAt(registered.plus(Duration.ofHours(1)));
        adapter.protectionGranted(number, MARGARA, registered, renewalAt);
        adapter.documentsHandedOver(number);
        assertThat(adapter.renewalDecided(number, Renewal.RENEW, renewalAt.plus(Duration.ofDays(365)), "caseworker"))
                .as("nothing to decide before the renewal is due").isFalse();

        at(Duration.ofDays(334));
        assertThat(openTasks()).isEmpty();
        at(Duration.ofDays(335).plusMinutes(1));
        assertThat(openTasks()).containsExactly("decideRenewal");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).taskCandidateGroup("caseworker").count())
                .isEqualTo(1);
        assertThat(adapter.renewalsDue(org.refuge.platform.paging.PageRequest.firstRows(500)).items()).contains(household);
        assertThat(adapter.renewalsDue(org.refuge.platform.paging.PageRequest.firstRows(500)).total()).isPositive();
        assertThat(adapter.renewalDue(number)).isTrue();

        Instant nextRenewal = renewalAt.plus(Duration.ofDays(365));
        assertThat(adapter.renewalDecided(number, Renewal.RENEW, nextRenewal, "caseworker")).isTrue();
        assertThat(openTasks()).containsExactly("issueRenewedDocuments");
        adapter.documentsHandedOver(number);
        assertThat(openTasks()).isEmpty();
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance()).singleResult().getDuedate().toInstant())
                .as("the next renewal waits for the new expiry").isEqualTo(nextRenewal);

        clockAt(nextRenewal.plusSeconds(60));
        fireDueTimers(instance());
        String id = instance();
        assertThat(adapter.renewalDecided(number, Renewal.TERMINATE, null, "caseworker")).isTrue();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                .getEndActivityId()).isEqualTo("protectionEnded");
    }

    @Test
    void anExtensionOutsideTheRenewalTask_movesTheRenewal() {
        Instant renewalAt = registered.plus(Duration.ofDays(335));
        adapter.protectionGranted(number, MARGARA, registered, renewalAt);
        Instant later = renewalAt.plus(Duration.ofDays(365));
        adapter.renewalMoved(number, later);
        adapter.documentsHandedOver(number);
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance()).singleResult().getDuedate().toInstant())
                .as("the renewal timer starts from the moved date").isEqualTo(later);
        Instant latest = later.plus(Duration.ofDays(365));
        adapter.renewalMoved(number, latest);
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance()).singleResult().getDuedate().toInstant())
                .as("a waiting renewal timer is moved").isEqualTo(latest);
    }

    @Test
    void aTravelDocumentReplacesTheProtectionDocuments_thePoliceAreAsked() {
        clockAt(registered.plus(Duration.ofHours(1)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        adapter.documentsHandedOver(number);
        at(Duration.ofDays(336));
        adapter.renewalDecided(number, Renewal.TRAVEL_DOCUMENT, null, "caseworker");
        assertThat(openTasks()).containsExactly("issueTravelDocuments");
    }

    @Test
    void protectionEnded_theProcessEnds_andAGrantLaterStartsTheClockFromThatGrant() {
        clockAt(registered.plus(Duration.ofHours(1)));
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        assertThat(adapter.renewalDue(number)).isFalse();
        adapter.protectionEnded(number);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).count()).isZero();

        Instant grantedAgain = registered.plus(Duration.ofDays(20));
        clockAt(grantedAgain);
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(355)));
        assertThat(fireDueTimers(instance())).as("no escalation for days long past").isZero();
        assertThat(openTasks()).containsExactly("issueDocuments");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(household).singleResult().getDueDate().toInstant())
                .isEqualTo(grantedAgain.plus(Duration.ofHours(72)));
    }

    @Test
    void aVoidedHouseholdsProcessEnds() {
        adapter.protectionGranted(number, MARGARA, registered, registered.plus(Duration.ofDays(335)));
        adapter.householdVoided(number);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(household).count()).isZero();
    }

    @Test
    void atTheEndOfTheDay_eachSiteWithPhotosGetsARegistrarTask_andTheNextPrintIsTomorrow() {
        ZonedDateTime eightPm = LocalDate.now(TestProcessEngine.ZONE).plusDays(3).atTime(TestProcessEngine.PRINT_TIME)
                .atZone(TestProcessEngine.ZONE);
        String site = "BCP-PRINT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestProcessEngine.sitesWithPhotos = List.of(site, site + "-2");
        clockAt(eightPm.toInstant().minus(Duration.ofHours(3)));
        String daily = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(PlanPhotoPrint.KEY)
                .variables(java.util.Map.of("nextPrintAt", java.util.Date.from(eightPm.toInstant()))).start().getId();
        try {
            assertThat(fireDueTimers(daily)).as("nothing before 20:00").isZero();

            clockAt(eightPm.toInstant().plusSeconds(30));
            assertThat(fireDueTimers(daily)).isEqualTo(1);
            String day = eightPm.toLocalDate().toString();
            List<Task> print = engine.getTaskService().createTaskQuery().processDefinitionKey("photoPrint").processInstanceBusinessKey(day)
                    .taskCandidateGroup("registrar").list().stream()
                    .filter(task -> List.of(site, site + "-2").contains(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "siteCode")))
                    .toList();
            assertThat(print).hasSize(2).allSatisfy(task -> {
                assertThat(task.getTaskDefinitionKey()).isEqualTo("printPhotoSheets");
                assertThat(task.getFormKey()).isEqualTo("protection/photo-print");
                assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "printDay")).isEqualTo(day);
            });
            assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(daily).singleResult().getDuedate().toInstant())
                    .as("the next print is tomorrow at 20:00 in Yerevan").isEqualTo(eightPm.plusDays(1).toInstant());

            // the registrar prints and confirms: the site's print ends, the daily process goes on
            print.forEach(task -> engine.getTaskService().complete(task.getId()));
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(daily).count()).isEqualTo(1);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(daily, "test done");
        }
    }
}
