package org.refuge.screening.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.registration.application.HouseholdScope;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts.MemberFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.screening.application.ScreeningViews.MedicalDetail;
import org.refuge.screening.application.ScreeningViews.Summary;
import org.refuge.screening.application.ScreeningViews.TaskSubject;
import org.refuge.screening.domain.MedicalScreening;
import org.refuge.screening.domain.PersonScreening;
import org.refuge.screening.domain.SecurityCheck;
import org.refuge.screening.infrastructure.ScreeningRecords;

/**
 * Medical screening and security checks of each household member ({@link MemberScreenings} starts them), completed on
 * their forms; a task is about one member, whose name and age its form shows. When a member's screening completes the
 * household's last, the household moves on to allocation. Medical detail is read only by medical staff; every other
 * reader gets the outcome through a query that selects nothing else. A hit of a member's security check is a flag on
 * that member for police, supervisors and caseworkers, without the detail. A task of an arrival process started
 * before per-person screening is the household's: it is recorded for the household and each registered member.
 */
@Stateless
public class ScreeningService {

    public static final String MEDICAL_FORM = "screening/medical";
    public static final String SECURITY_FORM = "screening/security";

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

    @Inject
    ScreeningRecords records;

    @Inject
    MemberScreenings members;

    @Inject
    ScreeningSummaries summaries;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.MEDICAL)
    public TaskSubject medicalTask(@NotNull String taskId) {
        return subject(myTask(taskId, MEDICAL_FORM));
    }

    /** Records the member's screening and completes the task; the household moves on once each member is screened. */
    @RolesAllowed(Roles.MEDICAL)
    public void recordMedical(@NotNull String taskId, @NotNull @Valid MedicalScreeningForm form) {
        WorkTask task = myTask(taskId, MEDICAL_FORM);
        HouseholdFacts household = taskHousehold(task);
        PersonId person = personOf(task);
        MedicalScreening screening = MedicalScreening.record(household.id(), person, Instant.now(clock), currentUser.username(),
                form.getTriage(), form.getConditions(), form.isPregnancy(), form.isCommunicableSuspicion(),
                form.isHospitalReferral(), form.isIsolationNeeded(), form.getOutcome(), form.getAccommodationNeeds());
        if (person == null) {
            records.add(screening);
            for (MemberFacts member : registry.members(household.id())) {
                if (records.medicalOf(PersonId.of(member.personId())).isEmpty()) {
                    records.add(screening.inheritedBy(member.personId(), household.id()));
                }
            }
        } else {
            if (records.medicalOf(person).isPresent()) {
                throw TaskInbox.notAvailable();
            }
            records.add(screening);
        }
        audit.record(AuditAction.CREATE, "MedicalScreening", person == null ? task.businessKey() : person.toString(),
                "medical screening in " + task.businessKey());
        inbox.complete(taskId);
        members.screenedIfDone(household);
    }

    @RolesAllowed(Roles.POLICE)
    public TaskSubject securityTask(@NotNull String taskId) {
        return subject(myTask(taskId, SECURITY_FORM));
    }

    /** The member's check as recorded so far, as a form to go on with. */
    @RolesAllowed(Roles.POLICE)
    public SecurityCheckForm securityCheckSoFar(@NotNull String taskId) {
        WorkTask task = myTask(taskId, SECURITY_FORM);
        HouseholdFacts household = household(new RegistryNumber(task.businessKey()));
        PersonId person = personOf(task);
        SecurityCheckForm form = new SecurityCheckForm();
        (person == null ? records.householdCheck(household.id()) : records.checkOf(person)).ifPresent(check -> {
            form.setNssReference(check.nssReference());
            form.setNssAnswer(check.nssAnswer());
            form.setPoliceReference(check.policeReference());
            form.setPoliceAnswer(check.policeAnswer());
        });
        return form;
    }

    /**
     * Records the enquiries of the member's check; when both have answered the task is completed. Returns whether it
     * was completed.
     */
    @RolesAllowed(Roles.POLICE)
    public boolean recordSecurity(@NotNull String taskId, @NotNull @Valid SecurityCheckForm form) {
        WorkTask task = myTask(taskId, SECURITY_FORM);
        HouseholdFacts household = household(new RegistryNumber(task.businessKey()));
        PersonId person = personOf(task);
        Instant now = Instant.now(clock);
        SecurityCheck check = (person == null ? records.householdCheck(household.id()) : records.checkOf(person)).orElseGet(() -> {
            SecurityCheck opened = SecurityCheck.open(household.id(), person, now, currentUser.username());
            records.add(opened);
            return opened;
        });
        List<SecurityCheck> mirrors = person == null ? mirrorsOf(household, check) : List.of();
        check.record(form.getNssReference(), form.getNssAnswer(), form.getPoliceReference(), form.getPoliceAnswer(),
                now, currentUser.username());
        if (person == null) {
            mirrors.forEach(copy -> copy.copyAnswers(check));
            inheritMissing(household, check);
        }
        audit.record(AuditAction.UPDATE, "SecurityCheck", person == null ? task.businessKey() : person.toString(),
                "security check in " + task.businessKey());
        if (check.complete()) {
            inbox.complete(taskId);
            members.screenedIfDone(household);
            return true;
        }
        return false;
    }

    /** The medical detail of each screened member of a household, for medical staff of its site; the read is audited. */
    @RolesAllowed(Roles.MEDICAL)
    public List<MedicalDetail> medicalDetail(@NotNull RegistryNumber number) {
        HouseholdFacts household = household(number);
        audit.record(AuditAction.READ, "MedicalScreening", number.value(), "medical detail");
        return summaries.medicalDetail(household);
    }

    /**
     * The household's screening as a summary of its members' (outcome and accommodation needs only: the query selects
     * nothing else), and each member's, for the readers of the household's file ({@link HouseholdScope}).
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Summary summary(@NotNull RegistryNumber number) {
        HouseholdFacts household = registry.anyHousehold(number).orElseThrow(RegistryFacts::unknownHousehold);
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        boolean seesResult = currentUser.hasRole(Roles.POLICE) || currentUser.hasRole(Roles.SUPERVISOR)
                || currentUser.hasRole(Roles.CASEWORKER);
        return summaries.summary(household, seesResult);
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
        PersonId person = personOf(task);
        Optional<MemberFacts> member = person == null ? Optional.empty()
                : registry.members(household.id()).stream().filter(m -> m.personId().equals(person.value())).findFirst();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return new TaskSubject(task.id(), task.businessKey(), household.headName() + " (" + household.headNameLatin() + ")",
                household.size(), household.siteCode(), person == null ? null : person.toString(),
                member.map(m -> m.nameLatin() == null || m.nameLatin().equals(m.name()) ? m.name() : m.name() + " (" + m.nameLatin() + ")")
                        .orElse(null),
                member.map(MemberFacts::birthDate).map(birth -> Period.between(birth, today).getYears()).orElse(null));
    }

    /** The member a task is about; null for a household's task of an arrival process started before per-person screening. */
    /**
     * The members' checks that still mirror a household-level check of before V67 (inherited from it and not answered
     * since): they follow its answers. A member's own check, answered at their own task, is never overwritten.
     */
    private List<SecurityCheck> mirrorsOf(HouseholdFacts household, SecurityCheck householdCheck) {
        List<SecurityCheck> mirrors = new java.util.ArrayList<>();
        for (MemberFacts member : registry.members(household.id())) {
            records.checkOf(PersonId.of(member.personId())).filter(own -> own.mirrors(householdCheck)).ifPresent(mirrors::add);
        }
        return mirrors;
    }

    /** A household-level check's answers for each member due a check who has none yet (none for those under the age). */
    private void inheritMissing(HouseholdFacts household, SecurityCheck householdCheck) {
        List<MemberFacts> members = registry.members(household.id());
        Map<UUID, PersonScreening> started = records.started(members.stream().map(MemberFacts::personId).toList());
        for (MemberFacts member : members) {
            PersonScreening screening = started.get(member.personId());
            boolean due = screening == null || screening.securityRequired();
            if (due && records.checkOf(PersonId.of(member.personId())).isEmpty()) {
                records.add(householdCheck.inheritedBy(member.personId(), household.id()));
            }
        }
    }

    private static PersonId personOf(WorkTask task) {
        return task.personId() == null ? null : PersonId.parse(task.personId());
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
}
