package org.refuge.protection.application;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.protection.domain.Decree;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.protection.domain.ProtectionException;
import org.refuge.protection.domain.ProtectionRefusedException;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.registration.application.UnknownHouseholdException;
import org.refuge.registration.application.UnknownPersonException;

/**
 * Temporary-protection decisions under a decree in force. A caseworker grants protection to a registered household's
 * members in one go: those the decree covers (citizenship or statelessness, arrival day) and whose household has no
 * security-check hit are granted for one year; the others need an exception, which a caseworker proposes with a
 * justification and a supervisor who did not propose it approves or rejects. Nobody is protected before the
 * household's security check has answered. Protection is extended, terminated on a legal ground or ceased (which
 * revokes the identity document); every step is an event of the person's history. The lists of open exceptions and
 * renewals due: {@link ProtectionWorklists}.
 */
@Stateless
public class ProtectionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    @Inject
    DocumentsWorkflow documents;

    @Inject
    DocumentClock documentClock;

    private final Clock clock = Clock.systemUTC();

    /** A member of a household with what a decision needs to know and the protection they have. */
    /**
     * A member of a household with what a decision needs to know and the protection they have. {@code security} is
     * the household's security check: CLEAR (both enquiries answered clear), HIT, or PENDING (not answered yet).
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
    }

    public record HouseholdProtection(String registryNumber, UUID decreeId, String decreeNumber, List<Member> members) {
    }

    /** One step of a person's protection history. */
    /** One step of a person's protection; the ground can hold a caseworker's justification or a supervisor's note. */
    public record Step(Instant at, String actor, String action, LocalDate validUntil, @Classified(Sensitivity.CASE_NOTE) String ground) {
    }

    /** The household's members against a decree in force (the latest when none is named). */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE})
    public HouseholdProtection household(@NotBlank String registryNumber, UUID decreeId) {
        Object[] household = household(registryNumber);
        Decree decree = decree(decreeId);
        return new HouseholdProtection((String) household[1], decree.id(), decree.number(), members((UUID) household[0], decree,
                arrivalDay(household[3]), (String) household[4]));
    }

    /**
     * Grants protection under the decree to the household's members who are covered and not yet protected; the
     * others are left for an exception. Returns the household as it now is.
     */
    @RolesAllowed(Roles.CASEWORKER)
    public HouseholdProtection grant(@NotBlank String registryNumber, @NotNull UUID decreeId, List<UUID> personIds) {
        Object[] household = household(registryNumber);
        UUID householdId = (UUID) household[0];
        documentClock.takeTurn(householdId);
        Decree decree = decree(decreeId);
        List<Member> members = members(householdId, decree, arrivalDay(household[3]), (String) household[4]);
        List<Member> chosen = personIds == null || personIds.isEmpty() ? members.stream().filter(m -> m.status() == null).toList()
                : members.stream().filter(m -> personIds.contains(m.personId())).toList();
        if (chosen.isEmpty() || (personIds != null && chosen.size() != new HashSet<>(personIds).size())) {
            throw new ProtectionRefusedException("state");
        }
        if (chosen.stream().anyMatch(m -> m.status() != null)) {
            throw new ProtectionRefusedException("granted");
        }
        if (chosen.stream().allMatch(m -> "PENDING".equals(m.security()))) {
            throw new ProtectionRefusedException("securityPending");
        }
        if (personIds != null && !personIds.isEmpty() && chosen.stream().anyMatch(m -> !m.grantable())) {
            throw new ProtectionRefusedException("outOfScope");
        }
        Instant now = Instant.now(clock);
        int granted = 0;
        for (Member member : chosen.stream().filter(Member::grantable).toList()) {
            em.persist(ProtectionStatus.grant(member.personId(), householdId, decree.id(), today(), now, currentUser.username()));
            event(member.personId(), "GRANTED", decree.id(), today().plusYears(ProtectionStatus.VALID_YEARS), "decree " + decree.number());
            granted++;
        }
        if (granted == 0) {
            throw new ProtectionRefusedException("outOfScope");
        }
        audit.record(AuditAction.UPDATE, "Protection", (String) household[1], granted + " persons granted temporary protection under decree "
                + decree.number());
        em.flush();
        startDocuments(householdId);
        return household(registryNumber, decree.id());
    }

    /** Proposes protecting a person the decree does not cover, or whose household has a security-check hit. */
    @RolesAllowed(Roles.CASEWORKER)
    public UUID proposeException(@NotNull UUID personId, @NotNull UUID decreeId,
                                 @NotBlank(message = "{refuge.protection.justification}") @Size(max = 1000, message = "{refuge.protection.justification}") String justification) {
        Object[] person = person(personId);
        documentClock.takeTurn((UUID) person[1]);
        Decree decree = decree(decreeId);
        Member member = members((UUID) person[1], decree, arrivalDay(person[3]), (String) person[4]).stream()
                .filter(m -> m.personId().equals(personId)).findFirst().orElseThrow(() -> new UnknownPersonException(personId));
        if (member.status() != null) {
            throw new ProtectionRefusedException("granted");
        }
        if (member.openException() != null) {
            throw new ProtectionRefusedException("exceptionOpen");
        }
        if ("PENDING".equals(member.security())) {
            throw new ProtectionRefusedException("securityPending");
        }
        if (member.grantable()) {
            throw new ProtectionRefusedException("notNeeded");
        }
        ProtectionException.Reason reason = member.securityHit() ? ProtectionException.Reason.SECURITY_HIT : ProtectionException.Reason.OUT_OF_SCOPE;
        ProtectionException exception = ProtectionException.propose(personId, decree.id(), reason, justification, Instant.now(clock),
                currentUser.username());
        em.persist(exception);
        event(personId, "PROPOSED", decree.id(), null, reason + ": " + justification.strip());
        audit.record(AuditAction.CREATE, "Protection", (String) person[2], "exception proposed"); // the reason (a security hit?) stays on the exception
        em.flush();
        return exception.id();
    }

    /** A supervisor's decision on an exception; approved, the person is granted protection under its decree. */
    @RolesAllowed(Roles.SUPERVISOR)
    public void decideException(@NotNull UUID exceptionId, boolean approve,
                                @Size(max = 300, message = "{refuge.checkout.note}") String note) {
        ProtectionException exception = em.find(ProtectionException.class, exceptionId, LockModeType.PESSIMISTIC_WRITE);
        if (exception == null) {
            throw new ProtectionRefusedException("exceptionDecided");
        }
        Object[] person = person(exception.personId());
        documentClock.takeTurn((UUID) person[1]);
        Instant now = Instant.now(clock);
        if (approve) {
            // decided on what holds now: the decree still in force, the security check not turned into a hit since
            decree(exception.decreeId());
            if (exception.reason() == ProtectionException.Reason.OUT_OF_SCOPE && "HIT".equals(person[4])) {
                throw new ProtectionRefusedException("reasonChanged");
            }
        }
        exception.decide(approve, note, now, currentUser.username());
        event(exception.personId(), approve ? "APPROVED" : "REJECTED", exception.decreeId(), null, note);
        if (approve) {
            if (em.find(ProtectionStatus.class, exception.personId()) != null) {
                throw new ProtectionRefusedException("granted");
            }
            em.persist(ProtectionStatus.grant(exception.personId(), (UUID) person[1], exception.decreeId(), today(), now, currentUser.username()));
            event(exception.personId(), "GRANTED", exception.decreeId(), today().plusYears(ProtectionStatus.VALID_YEARS), "exception approved");
        }
        audit.record(AuditAction.UPDATE, "Protection", (String) person[2], "exception " + (approve ? "approved" : "rejected"));
        em.flush();
        if (approve) {
            startDocuments((UUID) person[1]);
        }
    }

    @RolesAllowed(Roles.CASEWORKER)
    public void extend(@NotNull UUID personId) {
        ProtectionStatus protection = extended(personId);
        startDocuments(protection.householdId(), true);
    }

    private ProtectionStatus extended(UUID personId) {
        ProtectionStatus protection = protection(personId);
        // parallel retries take turns on the household and then see the first one's extension (refused: "extended")
        documentClock.takeTurn(protection.householdId());
        em.refresh(protection);
        protection.extend(today(), Instant.now(clock), currentUser.username());
        event(personId, "EXTENDED", protection.decreeId(), protection.validUntil(), null);
        em.flush();
        return protection;
    }

    /** Terminated on a legal ground, or ceased (its grounds no longer exist), from today. */
    @RolesAllowed(Roles.CASEWORKER)
    public void end(@NotNull UUID personId, boolean terminated,
                    @NotBlank(message = "{refuge.protection.ground}") @Size(max = 300, message = "{refuge.protection.ground}") String ground) {
        ProtectionStatus protection = protection(personId);
        documentClock.takeTurn(protection.householdId());
        ProtectionStatus.Status ended = terminated ? ProtectionStatus.Status.TERMINATED : ProtectionStatus.Status.CEASED;
        Instant now = Instant.now(clock);
        protection.end(ended, ground, today(), now, currentUser.username());
        event(personId, ended.name(), protection.decreeId(), null, ground);
        // the identity document stands for the protection: it ends with it
        em.createNativeQuery("UPDATE identity_document SET status = 'REVOKED', ended_at = :at, end_reason = :g, version = version + 1 "
                        + "WHERE person_id = :p AND status IN ('PRODUCED', 'HANDED_OVER')")
                .setParameter("at", now).setParameter("g", ended.name().toLowerCase(Locale.ROOT) + ": " + ground.strip())
                .setParameter("p", personId).executeUpdate();
        em.flush();
        String registryNumber = (String) em.createNativeQuery("SELECT h.registry_number FROM household h WHERE h.id = :h")
                .setParameter("h", protection.householdId()).getSingleResult();
        long stillProtected = ((Number) em.createNativeQuery("SELECT count(*) FROM protection_status WHERE household_id = :h "
                + "AND status IN ('GRANTED', 'EXTENDED')").setParameter("h", protection.householdId()).getSingleResult()).longValue();
        if (stillProtected == 0) {
            documents.protectionEnded(registryNumber);
            documentClock.breachClosed(registryNumber, "PROTECTION_ENDED");
        } else {
            // those who still waited may have been the ended ones: the clock ends when nobody waits any more
            documentClock.nobodyWaitingAfterProtectionEnded(registryNumber);
        }
    }

    /**
     * The caseworker's decision when a household's protection is about to expire (the renewal task of its
     * identity-document process): RENEW extends every member still protected and asks the police for new documents;
     * TRAVEL_DOCUMENT asks the police for convention travel documents; TERMINATE ends the protection on its legal
     * ground, which revokes the documents. Refused when no renewal is due.
     */
    @RolesAllowed(Roles.CASEWORKER)
    public void decideRenewal(@NotBlank String registryNumber, @NotNull DocumentsWorkflow.Renewal decision,
                              @Size(max = 300, message = "{refuge.protection.ground}") String ground) {
        Object[] household = household(registryNumber);
        UUID householdId = (UUID) household[0];
        documentClock.takeTurn(householdId);
        if (!documents.renewalDue((String) household[1])) {
            throw new ProtectionRefusedException("renewalNotDue");
        }
        if (decision == DocumentsWorkflow.Renewal.TERMINATE && (ground == null || ground.isBlank())) {
            throw new ProtectionRefusedException("ground");
        }
        List<ProtectionStatus> active = em.createQuery("select s from ProtectionStatus s where s.householdId = :h and s.status in :active",
                        ProtectionStatus.class).setParameter("h", householdId)
                .setParameter("active", List.of(ProtectionStatus.Status.GRANTED, ProtectionStatus.Status.EXTENDED)).getResultList();
        if (active.isEmpty()) {
            throw new ProtectionRefusedException("state");
        }
        switch (decision) {
            case RENEW -> {
                for (ProtectionStatus protection : active) {
                    // a member extended on their own already has the year to come
                    if (!protection.validUntil().isAfter(today().plusYears(ProtectionStatus.VALID_YEARS))) {
                        extended(protection.personId());
                    }
                }
                documents.renewalDecided((String) household[1], decision,
                        renewalAt(active.stream().map(ProtectionStatus::validUntil).min(LocalDate::compareTo).orElseThrow()),
                        currentUser.username());
            }
            case TERMINATE -> {
                // the process ends by the decision, then the protection (and with it the documents)
                documents.renewalDecided((String) household[1], decision, null, currentUser.username());
                for (ProtectionStatus protection : active) {
                    end(protection.personId(), true, ground);
                }
            }
            case TRAVEL_DOCUMENT -> {
                active.forEach(protection -> event(protection.personId(), "TRAVEL_DOC", protection.decreeId(), protection.validUntil(), ground));
                documents.renewalDecided((String) household[1], decision, null, currentUser.username());
            }
        }
        audit.record(AuditAction.UPDATE, "Protection", (String) household[1], "renewal decided: " + decision);
        em.flush();
    }

    /** The household's identity-document process, at its first grant: the clock from registration, then renewal. */
    private void startDocuments(UUID householdId) {
        startDocuments(householdId, false);
    }

    /** Starts the household's process, or (after an extension) moves its renewal to the new earliest expiry. */
    private void startDocuments(UUID householdId, boolean extension) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT h.registry_number, h.site_code, h.registered_at,
                       (SELECT min(s.valid_until) FROM protection_status s WHERE s.household_id = h.id AND s.status IN ('GRANTED', 'EXTENDED'))
                FROM household h WHERE h.id = :h""").setParameter("h", householdId).getSingleResult();
        Instant renewal = renewalAt(SqlValues.date(row[3]));
        if (extension) {
            documents.renewalMoved((String) row[0], renewal);
        } else {
            documents.protectionGranted((String) row[0], (String) row[1], SqlValues.instant(row[2]), renewal);
        }
    }

    private Instant renewalAt(LocalDate validUntil) {
        return DocumentDeadlines.renewalAt(validUntil, settings.renewalNotice(), settings.zone());
    }

    /** A person's protection history, oldest first. */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE})
    public List<Step> history(@NotNull UUID personId) {
        person(personId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT occurred_at, actor, action, valid_until, ground FROM protection_event "
                + "WHERE person_id = :p ORDER BY occurred_at, id").setParameter("p", personId).getResultList();
        return rows.stream().map(r -> new Step(SqlValues.instant(r[0]), (String) r[1], (String) r[2], SqlValues.date(r[3]), (String) r[4])).toList();
    }

    private List<Member> members(UUID householdId, Decree decree, LocalDate arrivedOn, String security) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.given_name || ' ' || p.family_name, p.given_name_latin || ' ' || p.family_name_latin, p.relationship,
                       p.birth_date, p.stateless,
                       (SELECT string_agg(c.country_code, ',' ORDER BY c.country_code) FROM person_citizenship c WHERE c.person_id = p.id),
                       s.status, s.valid_until,
                       (SELECT e.id FROM protection_exception e WHERE e.person_id = p.id AND e.status = 'OPEN')
                FROM person p LEFT JOIN protection_status s ON s.person_id = p.id
                WHERE p.household_id = :h AND p.status = 'REGISTERED'
                ORDER BY CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, p.birth_date""")
                .setParameter("h", householdId).getResultList();
        return rows.stream().map(r -> {
            List<String> citizenships = r[6] == null ? List.of() : Arrays.asList(((String) r[6]).split(","));
            boolean stateless = (Boolean) r[5];
            return new Member((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], SqlValues.date(r[4]), citizenships, stateless,
                    decree.covers(Set.copyOf(citizenships), stateless, arrivedOn), security, (String) r[7], SqlValues.date(r[8]), (UUID) r[9]);
        }).toList();
    }

    /** id, registry number, site, arrived_at, security state — within the reader's sites. */
    private Object[] household(String registryNumber) {
        String number = registryNumber.strip().toUpperCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT h.id, h.registry_number, h.site_code, h.arrived_at,
                       CASE WHEN c.id IS NULL THEN 'PENDING' WHEN 'HIT' IN (c.nss_answer, c.police_answer) THEN 'HIT'
                            WHEN c.nss_answer = 'CLEAR' AND c.police_answer = 'CLEAR' THEN 'CLEAR' ELSE 'PENDING' END
                FROM household h LEFT JOIN security_check c ON c.household_id = h.id
                WHERE h.registry_number = :n AND h.status <> 'VOIDED'""").setParameter("n", number).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownHouseholdException(number);
        }
        currentUser.requireSite((String) rows.get(0)[2]);
        return rows.get(0);
    }

    /** person id, household id, registry number, arrived_at, security state, site — within the reader's sites. */
    private Object[] person(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, h.id, h.registry_number, h.arrived_at,
                       CASE WHEN c.id IS NULL THEN 'PENDING' WHEN 'HIT' IN (c.nss_answer, c.police_answer) THEN 'HIT'
                            WHEN c.nss_answer = 'CLEAR' AND c.police_answer = 'CLEAR' THEN 'CLEAR' ELSE 'PENDING' END,
                       h.site_code
                FROM person p JOIN household h ON h.id = p.household_id LEFT JOIN security_check c ON c.household_id = h.id
                WHERE p.id = :p AND p.status = 'REGISTERED'""")
                .setParameter("p", personId).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownPersonException(personId);
        }
        currentUser.requireSite((String) rows.get(0)[5]);
        return rows.get(0);
    }

    private ProtectionStatus protection(UUID personId) {
        person(personId);
        ProtectionStatus protection = em.find(ProtectionStatus.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (protection == null) {
            throw new ProtectionRefusedException("state");
        }
        return protection;
    }

    /** The decree named, or the latest in force; it must be in force today. */
    private Decree decree(UUID decreeId) {
        Decree decree = decreeId != null ? em.find(Decree.class, decreeId)
                : em.createQuery("select d from Decree d where d.status = :s and d.inForceFrom <= :today order by d.inForceFrom desc, d.recordedAt desc", Decree.class)
                .setParameter("s", Decree.Status.IN_FORCE).setParameter("today", today()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (decree == null || !decree.inForceOn(today())) {
            throw new ProtectionRefusedException("notInForce");
        }
        return decree;
    }

    private void event(UUID personId, String action, UUID decreeId, LocalDate validUntil, String ground) {
        em.createNativeQuery("INSERT INTO protection_event (id, person_id, occurred_at, actor, action, decree_id, valid_until, ground) "
                        + "VALUES (:id, :p, :at, :by, :a, :d, :v, :g)")
                .setParameter("id", UUID.randomUUID()).setParameter("p", personId).setParameter("at", Instant.now(clock))
                .setParameter("by", currentUser.username()).setParameter("a", action).setParameter("d", decreeId)
                .setParameter("v", validUntil).setParameter("g", ground).executeUpdate();
    }

    private LocalDate arrivalDay(Object arrivedAt) {
        return SqlValues.instant(arrivedAt).atZone(settings.zone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }


}
