package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.Sensitivity;
import org.refuge.protection.domain.Decree;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Temporary-protection decisions under a decree in force. A caseworker grants protection to a registered household's
 * members in one go: those the decree covers (citizenship or statelessness, arrival day) and whose own security check
 * has no hit are granted for one year, whatever a relative's check found; the others need an exception
 * ({@link ProtectionExceptions}), which a caseworker proposes with a justification and a supervisor who did not
 * propose it approves or rejects. Nobody is protected before their own security check has answered (a member younger
 * than the security-check age has none to wait for). Protection is extended, terminated on a legal ground
 * or ceased (which revokes the identity document); every step is an event of the person's history
 * ({@link ProtectionSteps}). The lists of open exceptions and renewals due: {@link ProtectionWorklists}.
 */
@Stateless
public class ProtectionService {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentUser currentUser;
    @Inject AuditTrail audit;
    @Inject DocumentsWorkflow documents;
    @Inject DocumentClock documentClock;
    @Inject ProtectedHouseholds households;
    @Inject ProtectionSteps steps;
    @Inject ProtectionExceptions exceptions;

    /**
     * A member of a household with what a decision needs to know and the protection they have. {@code security} is
     * the member's own security check: CLEAR (both enquiries answered clear, or none due), HIT, or PENDING (not
     * answered yet).
     */
    public record Member(UUID personId, String name, String nameLatin, String relationship, LocalDate birthDate,
                         List<String> citizenships, boolean stateless, boolean inScope,
                         @Classified(Sensitivity.SECURITY_RESULT) String security,
                         String status, LocalDate validUntil, UUID openException) {
        public boolean grantable() {
            return status == null && inScope && "CLEAR".equals(security) && openException == null;
        }

        public boolean securityHit() {
            return "HIT".equals(security);
        }

        /** The member as this protection leaves them. */
        public Member protectedAs(ProtectionStatus protection) {
            return new Member(personId, name, nameLatin, relationship, birthDate, citizenships, stateless, inScope, security,
                    protection.status().name(), protection.validUntil(), openException);
        }
    }

    public record HouseholdProtection(String registryNumber, UUID decreeId, String decreeNumber, List<Member> members) {
    }

    /** One step of a person's protection; the ground can hold a caseworker's justification or a supervisor's note. */
    public record Step(Instant at, String actor, String action, LocalDate validUntil, @Classified(Sensitivity.CASE_NOTE) String ground) {
    }

    /** The household's members against a decree in force (the latest when none is named). */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE})
    public HouseholdProtection household(@NotNull RegistryNumber registryNumber, UUID decreeId) {
        HouseholdFacts household = households.require(registryNumber);
        Decree decree = steps.decree(decreeId);
        return new HouseholdProtection(household.registryNumber(), decree.id(), decree.number(), steps.members(household, decree));
    }

    /**
     * Grants protection under the decree to the household's members who are covered and not yet protected; the
     * others are left for an exception. Returns the household as it now is.
     */
    @RolesAllowed(Roles.CASEWORKER)
    public HouseholdProtection grant(@NotNull RegistryNumber registryNumber, @NotNull UUID decreeId, List<PersonId> personIds) {
        HouseholdFacts household = households.require(registryNumber);
        documentClock.takeTurn(household.id());
        Decree decree = steps.decree(decreeId);
        return steps.grant(household, decree, steps.members(household, decree), personIds);
    }

    /** Proposes protecting a person the decree does not cover, or whose own security check hit. */
    @RolesAllowed(Roles.CASEWORKER)
    public UUID proposeException(@NotNull PersonId personId, @NotNull UUID decreeId,
                                 @NotBlank(message = "{refuge.protection.justification}") @Size(max = 1000, message = "{refuge.protection.justification}") String justification) {
        return exceptions.propose(personId, decreeId, justification);
    }

    /** A supervisor's decision on an exception; approved, the person is granted protection under its decree. */
    @RolesAllowed(Roles.SUPERVISOR)
    public void decideException(@NotNull UUID exceptionId, boolean approve,
                                @Size(max = 300, message = "{refuge.checkout.note}") String note) {
        exceptions.decide(exceptionId, approve, note);
    }

    @RolesAllowed(Roles.CASEWORKER)
    public void extend(@NotNull PersonId personId) {
        steps.startDocuments(steps.extend(personId), true);
    }

    /** Terminated on a legal ground, or ceased (its grounds no longer exist), from today. */
    @RolesAllowed(Roles.CASEWORKER)
    public void end(@NotNull PersonId personId, boolean terminated,
                    @NotBlank(message = "{refuge.protection.ground}") @Size(max = 300, message = "{refuge.protection.ground}") String ground) {
        steps.end(personId, terminated, ground);
    }

    /**
     * The caseworker's decision when a household's protection is about to expire (the renewal task of its
     * identity-document process): RENEW extends every member still protected and asks the police for new documents;
     * TRAVEL_DOCUMENT asks the police for convention travel documents; TERMINATE ends the protection on its legal
     * ground, which revokes the documents. Refused when no renewal is due.
     */
    @RolesAllowed(Roles.CASEWORKER)
    public void decideRenewal(@NotNull RegistryNumber registryNumber, @NotNull DocumentsWorkflow.Renewal decision,
                              @Size(max = 300, message = "{refuge.protection.ground}") String ground) {
        HouseholdFacts household = households.require(registryNumber);
        documentClock.takeTurn(household.id());
        RegistryNumber number = ProtectedHouseholds.numberOf(household);
        if (!documents.renewalDue(number)) {
            throw refused("renewalNotDue");
        }
        if (decision == DocumentsWorkflow.Renewal.TERMINATE && (ground == null || ground.isBlank())) {
            throw refused("ground");
        }
        List<ProtectionStatus> active = households.active(household.id());
        if (active.isEmpty()) {
            throw refused("state");
        }
        switch (decision) {
            case RENEW -> {
                for (ProtectionStatus protection : active) {
                    // a member extended on their own already has the year to come
                    if (!protection.validUntil().isAfter(steps.today().plusYears(ProtectionStatus.VALID_YEARS))) {
                        steps.extend(PersonId.of(protection.personId()));
                    }
                }
                documents.renewalDecided(number, decision,
                        steps.renewalAt(active.stream().map(ProtectionStatus::validUntil).min(LocalDate::compareTo).orElseThrow()),
                        currentUser.username());
            }
            case TERMINATE -> {
                // the process ends by the decision, then the protection (and with it the documents)
                documents.renewalDecided(number, decision, null, currentUser.username());
                for (ProtectionStatus protection : active) {
                    steps.end(PersonId.of(protection.personId()), true, ground);
                }
            }
            case TRAVEL_DOCUMENT -> {
                active.forEach(protection -> steps.event(PersonId.of(protection.personId()), "TRAVEL_DOC", protection.decreeId(),
                        protection.validUntil(), ground));
                documents.renewalDecided(number, decision, null, currentUser.username());
            }
        }
        audit.record(AuditAction.UPDATE, "Protection", number.value(), "renewal decided: " + decision);
        em.flush();
    }

    /** A person's protection history, oldest first. */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE})
    public List<Step> history(@NotNull PersonId personId) {
        households.ofPerson(personId);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT occurred_at AS at, actor AS actor, action AS action, valid_until AS valid_until, "
                + "ground AS ground FROM protection_event WHERE person_id = :p ORDER BY occurred_at, id", Tuple.class)
                .setParameter("p", personId.value()).getResultList();
        return rows.stream().map(r -> new Step(SqlValues.instant(r.get("at")), r.get("actor", String.class), r.get("action", String.class),
                SqlValues.date(r.get("valid_until")), r.get("ground", String.class))).toList();
    }
}
