package org.refuge.screening.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.registration.application.HouseholdScope;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.screening.application.ScreeningViews.MedicalDetail;
import org.refuge.screening.application.ScreeningViews.Summary;
import org.refuge.screening.application.ScreeningViews.TaskSubject;
import org.refuge.screening.domain.MedicalScreening;
import org.refuge.screening.domain.SecurityCheck;

/**
 * Medical screening and security checks of the arrival process, completed on their forms. Medical detail is read only
 * by medical staff; every other reader gets the outcome through a query that selects nothing else. A hit of the
 * security check is a flag for police, supervisors and caseworkers, without the detail.
 */
@Stateless
public class ScreeningService {

    public static final String MEDICAL_FORM = "screening/medical";
    public static final String SECURITY_FORM = "screening/security";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskInbox inbox;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    HouseholdScope scope;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.MEDICAL)
    public TaskSubject medicalTask(@NotNull String taskId) {
        return subject(myTask(taskId, MEDICAL_FORM));
    }

    /** Records the screening and completes the task: the household moves on when its security check is done too. */
    @RolesAllowed(Roles.MEDICAL)
    public void recordMedical(@NotNull String taskId, @NotNull @Valid MedicalScreeningForm form) {
        WorkTask task = myTask(taskId, MEDICAL_FORM);
        HouseholdFacts household = taskHousehold(task);
        em.persist(MedicalScreening.record(household.id(), Instant.now(clock), currentUser.username(), form.getTriage(),
                form.getConditions(), form.isPregnancy(), form.isCommunicableSuspicion(), form.isHospitalReferral(),
                form.isIsolationNeeded(), form.getOutcome(), form.getAccommodationNeeds()));
        audit.record(AuditAction.CREATE, "MedicalScreening", task.businessKey(), "medical screening");
        inbox.complete(taskId);
    }

    @RolesAllowed(Roles.POLICE)
    public TaskSubject securityTask(@NotNull String taskId) {
        return subject(myTask(taskId, SECURITY_FORM));
    }

    /** The check as recorded so far for the task's household, as a form to go on with. */
    @RolesAllowed(Roles.POLICE)
    public SecurityCheckForm securityCheckSoFar(@NotNull String taskId) {
        WorkTask task = myTask(taskId, SECURITY_FORM);
        SecurityCheckForm form = new SecurityCheckForm();
        securityCheck(household(new RegistryNumber(task.businessKey())).id()).ifPresent(check -> {
            form.setNssReference(check.nssReference());
            form.setNssAnswer(check.nssAnswer());
            form.setPoliceReference(check.policeReference());
            form.setPoliceAnswer(check.policeAnswer());
        });
        return form;
    }

    /**
     * Records the enquiries; when both have answered the task is completed. Returns whether it was completed.
     */
    @RolesAllowed(Roles.POLICE)
    public boolean recordSecurity(@NotNull String taskId, @NotNull @Valid SecurityCheckForm form) {
        WorkTask task = myTask(taskId, SECURITY_FORM);
        HouseholdFacts household = household(new RegistryNumber(task.businessKey()));
        Instant now = Instant.now(clock);
        SecurityCheck check = securityCheck(household.id()).orElseGet(() -> {
            SecurityCheck opened = SecurityCheck.open(household.id(), now, currentUser.username());
            em.persist(opened);
            return opened;
        });
        check.record(form.getNssReference(), form.getNssAnswer(), form.getPoliceReference(), form.getPoliceAnswer(),
                now, currentUser.username());
        audit.record(AuditAction.UPDATE, "SecurityCheck", task.businessKey(), "security check");
        if (check.complete()) {
            inbox.complete(taskId);
            return true;
        }
        return false;
    }

    /** The medical detail of a household's screening, for medical staff of its site; the read is audited. */
    @RolesAllowed(Roles.MEDICAL)
    public Optional<MedicalDetail> medicalDetail(@NotNull RegistryNumber number) {
        HouseholdFacts household = household(number);
        audit.record(AuditAction.READ, "MedicalScreening", number.value(), "medical detail");
        return em.createQuery("select s from MedicalScreening s where s.householdId = :id", MedicalScreening.class)
                .setParameter("id", household.id()).getResultStream().findFirst()
                .map(s -> new MedicalDetail(number.value(), s.screenedAt(), s.screenedBy(), s.triage().name(), s.conditions(),
                        s.pregnancy(), s.communicableSuspicion(), s.hospitalReferral(), s.isolationNeeded(),
                        s.outcome().name(), s.accommodationNeeds()));
    }

    /**
     * Outcome and accommodation needs only (the query selects nothing else), and the security check's state, for the
     * readers of the household's file ({@link HouseholdScope}).
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Summary summary(@NotNull RegistryNumber number) {
        HouseholdFacts household = registry.anyHousehold(number).orElseThrow(RegistryFacts::unknownHousehold);
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        List<Tuple> medical = em.createQuery("select s.outcome as outcome, s.accommodationNeeds as needs from MedicalScreening s "
                + "where s.householdId = :id", Tuple.class).setParameter("id", household.id()).getResultList();
        String security = securityCheck(household.id()).map(check -> {
            boolean seesResult = currentUser.hasRole(Roles.POLICE) || currentUser.hasRole(Roles.SUPERVISOR)
                    || currentUser.hasRole(Roles.CASEWORKER);
            if (seesResult) return check.result().name();
            return check.complete() ? "DONE" : "PENDING";
        }).orElse("PENDING");
        return medical.isEmpty() ? new Summary(null, null, security)
                : new Summary(medical.get(0).get("outcome").toString(), medical.get(0).get("needs", String.class), security);
    }

    private WorkTask myTask(String taskId, String form) {
        WorkTask task = inbox.task(taskId).orElseThrow(TaskInbox::notAvailable);
        if (!form.equals(task.formKey())) {
            throw TaskInbox.notAvailable();
        }
        if (task.siteCode() != null) {
            currentUser.requireSite(new SiteCode(task.siteCode()));
        }
        if (task.assignee() == null) {
            inbox.claim(taskId, currentUser.username());
        } else if (!task.assignee().equals(currentUser.username())) {
            throw TaskInbox.notAvailable();
        }
        return task;
    }

    private TaskSubject subject(WorkTask task) {
        HouseholdFacts household = taskHousehold(task);
        return new TaskSubject(task.id(), task.businessKey(), household.headName() + " (" + household.headNameLatin() + ")",
                household.size(), household.siteCode());
    }

    /**
     * The household of a task {@link #myTask} let the user work on: the task's site was checked, which is the household's
     * own, or the site whose team a supervisor redirected the BCP's medical screening to (TaskRedirects).
     */
    private HouseholdFacts taskHousehold(WorkTask task) {
        RegistryNumber number = new RegistryNumber(task.businessKey());
        return task.siteCode() == null ? household(number)
                : registry.anyHousehold(number).orElseThrow(RegistryFacts::unknownHousehold);
    }

    /** The household of a registry number, within the reader's site scope. */
    private HouseholdFacts household(RegistryNumber number) {
        HouseholdFacts household = registry.anyHousehold(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        return household;
    }

    private Optional<SecurityCheck> securityCheck(UUID householdId) {
        return em.createQuery("select c from SecurityCheck c where c.householdId = :id", SecurityCheck.class)
                .setParameter("id", householdId).getResultStream().findFirst();
    }
}
