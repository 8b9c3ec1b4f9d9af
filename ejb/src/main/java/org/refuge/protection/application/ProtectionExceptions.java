package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.CurrentUser;
import org.refuge.protection.application.ProtectionService.Member;
import org.refuge.protection.domain.Decree;
import org.refuge.protection.domain.ProtectionException;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.PersonId;

/**
 * Exceptions to a decree's scope, four eyes: a caseworker proposes protecting a person the decree does not cover (or
 * whose own security check hit) with a justification; a supervisor who did not propose it approves (the
 * person is granted protection under its decree) or rejects. Runs in the caller's transaction, in the household's turn.
 */
@ApplicationScoped
public class ProtectionExceptions {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentUser currentUser;
    @Inject AuditTrail audit;
    @Inject ProtectedHouseholds households;
    @Inject ProtectionSteps steps;
    @Inject DocumentClock documentClock;

    private final Clock clock = Clock.systemUTC();

    public UUID propose(PersonId personId, UUID decreeId, String justification) {
        HouseholdFacts household = households.ofPerson(personId);
        documentClock.takeTurn(household.id());
        Decree decree = steps.decree(decreeId);
        Member member = steps.members(household, decree).stream().filter(m -> m.personId().equals(personId.value())).findFirst()
                .orElseThrow(RegistryFacts::unknownPerson);
        if (member.status() != null) {
            throw refused("granted");
        }
        if (member.openException() != null) {
            throw refused("exceptionOpen");
        }
        if ("PENDING".equals(member.security())) {
            throw refused("securityPending");
        }
        if (member.grantable()) {
            throw refused("notNeeded");
        }
        ProtectionException.Reason reason = member.securityHit() ? ProtectionException.Reason.SECURITY_HIT : ProtectionException.Reason.OUT_OF_SCOPE;
        ProtectionException exception = ProtectionException.propose(personId, decree.id(), reason, justification, Instant.now(clock),
                currentUser.username());
        em.persist(exception);
        steps.event(personId, "PROPOSED", decree.id(), null, reason + ": " + justification.strip());
        audit.record(AuditAction.CREATE, "Protection", household.registryNumber(), "exception proposed"); // the reason (a security hit?) stays on the exception
        em.flush();
        return exception.id();
    }

    /** The decision; approved, the person is granted protection and the household's documents process starts. */
    public void decide(UUID exceptionId, boolean approve, String note) {
        ProtectionException exception = em.find(ProtectionException.class, exceptionId, LockModeType.PESSIMISTIC_WRITE);
        if (exception == null) {
            throw refused("exceptionDecided");
        }
        PersonId person = PersonId.of(exception.personId());
        HouseholdFacts household = households.ofPerson(person);
        documentClock.takeTurn(household.id());
        Instant now = Instant.now(clock);
        if (approve) {
            // decided on what holds now: the decree still in force, the security check not turned into a hit since
            steps.decree(exception.decreeId());
            if (exception.reason() == ProtectionException.Reason.OUT_OF_SCOPE && "HIT".equals(steps.security(person))) {
                throw refused("reasonChanged");
            }
        }
        exception.decide(approve, note, now, currentUser.username());
        steps.event(person, approve ? "APPROVED" : "REJECTED", exception.decreeId(), null, note);
        if (approve) {
            if (em.find(ProtectionStatus.class, exception.personId()) != null) {
                throw refused("granted");
            }
            em.persist(ProtectionStatus.grant(person, household.id(), exception.decreeId(), steps.today(), now,
                    currentUser.username()));
            steps.event(person, "GRANTED", exception.decreeId(), steps.today().plusYears(ProtectionStatus.VALID_YEARS),
                    "exception approved");
        }
        audit.record(AuditAction.UPDATE, "Protection", household.registryNumber(), "exception " + (approve ? "approved" : "rejected"));
        em.flush();
        if (approve) {
            steps.startDocuments(household.id(), false);
        }
    }
}
