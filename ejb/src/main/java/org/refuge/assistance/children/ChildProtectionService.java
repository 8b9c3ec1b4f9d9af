package org.refuge.assistance.children;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.children.ChildViews.Child;
import org.refuge.assistance.children.ChildViews.ChildFile;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.shared.PersonId;
import org.refuge.shared.SiteCode;

/**
 * Unaccompanied and separated children (UNHCR SC-UC, SC-SC) as social workers follow them: each child's caregiver or
 * guardian (recorded and changed by a social worker, the history kept, audited without personal data) and the
 * best-interests assessment opened when the code is recorded ({@link ChildProtectionWatch}) and completed here with
 * its outcome. Social workers work within {@link ChildScope} (the households registered at their
 * sites or placed in their camps); supervisors everywhere. A current caregiver is the caregiver arrangement that lets
 * allocation place an unaccompanied child with that caregiver's household.
 */
@Stateless
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class ChildProtectionService {

    @Inject
    ChildRecords records;

    @Inject
    ChildScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    BestInterestsWorkflow workflow;

    @Inject
    org.refuge.registration.application.RelativeSearch relatives;

    private final Clock clock = Clock.systemUTC();

    /** One page of the children in the caller's scope, open assessments first (soonest due); only those when {@code openOnly}. */
    public Page<Child> children(boolean openOnly, @NotNull PageRequest request) {
        return records.children(scope.condition("c"), scope.parameters(), openOnly, request);
    }

    /** The child's file: 404 for a person who is not an unaccompanied or separated child, 403 outside the caller's scope. */
    public ChildFile file(@NotNull PersonId child) {
        Child found = readable(child);
        audit.record(AuditAction.READ, "Child", child.value().toString(), "child protection file");
        return new ChildFile(found, records.caregivers(child.value()));
    }

    /**
     * Records the child's caregiver or guardian, replacing the current one (kept in the history). A registered
     * caregiver must be another registered person than the child (400).
     */
    public ChildFile recordCaregiver(@NotNull PersonId child, @NotNull @Valid CaregiverForm form) {
        readable(child);
        if (child.value().equals(form.getPersonId())) {
            throw Refusal.invalid("personId", "refuge.child.caregiver.self");
        }
        if (form.getPersonId() != null && relatives.persons(java.util.List.of(form.getPersonId())).isEmpty()) {
            throw Refusal.invalid("personId", "refuge.child.caregiver.person");
        }
        records.replaceCaregiver(child.value(), form, Instant.now(clock), currentUser.username());
        audit.record(AuditAction.UPDATE, "Child", child.value().toString(), "caregiver recorded");
        return new ChildFile(records.child(child).orElseThrow(), records.caregivers(child.value()));
    }

    /** Ends the current caregiver arrangement (the child is without a caregiver again); 409 when none is recorded. */
    public ChildFile endCaregiver(@NotNull PersonId child) {
        readable(child);
        if (!records.endCaregiver(child.value(), Instant.now(clock), currentUser.username())) {
            throw Refusal.conflict("refuge.child.caregiver.none").with("rule", "noCaregiver");
        }
        audit.record(AuditAction.UPDATE, "Child", child.value().toString(), "caregiver ended");
        return new ChildFile(records.child(child).orElseThrow(), records.caregivers(child.value()));
    }

    /**
     * Records the outcome of the child's best-interests assessment and completes the social worker's task (and any
     * escalation). 409 when no assessment is open (done already, or the code was never recorded).
     */
    public ChildFile assess(@NotNull PersonId child, @NotNull @Valid AssessmentForm form) {
        readable(child);
        if (!records.assess(child.value(), form, Instant.now(clock), currentUser.username())) {
            throw Refusal.conflict("refuge.child.assessment.notOpen").with("rule", "assessmentNotOpen");
        }
        workflow.assessed(child, currentUser.username());
        audit.record(AuditAction.UPDATE, "Child", child.value().toString(), "best-interests assessment recorded");
        return new ChildFile(records.child(child).orElseThrow(), records.caregivers(child.value()));
    }

    /** The child a best-interests task (from the inbox) is about: 404 for another task or one gone. */
    public PersonId childOfTask(@NotNull String taskId) {
        return workflow.childOfTask(taskId).orElseThrow(() -> Refusal.notFound("refuge.child.unknown"));
    }

    private Child readable(PersonId child) {
        Child found = records.child(child).orElseThrow(() -> Refusal.notFound("refuge.child.unknown"));
        scope.requireReadable(found.householdId(), new SiteCode(found.siteCode()));
        return found;
    }
}
