package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.protection.application.ProtectionService.HouseholdProtection;
import org.refuge.protection.application.ProtectionService.Member;
import org.refuge.protection.domain.Decree;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.domain.ProtectionException;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.protection.infrastructure.IdentityDocuments;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.screening.application.ScreeningOutcomes;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The steps every protection decision is made of, in the caller's transaction: the decree in force, a household's
 * members against it (each with their own security result as screening publishes it: a hit concerns its person
 * only), a person's protection in
 * the household's turn, its extension and its end (which revokes the identity document), the history events, and
 * the household's identity-document process started or moved.
 */
@ApplicationScoped
public class ProtectionSteps {

    @PersistenceContext
    EntityManager em;

    @Inject CurrentUser currentUser;
    @Inject RefugeSettings settings;
    @Inject RegistryFacts registry;
    @Inject ScreeningOutcomes screening;
    @Inject ProtectedHouseholds households;
    @Inject IdentityDocuments documents;
    @Inject DocumentsWorkflow workflow;
    @Inject DocumentClock documentClock;
    @Inject AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** A person's security result: CLEAR, HIT or PENDING. */
    public String security(PersonId personId) {
        return screening.securityResult(personId).name();
    }

    /** The household's registered members against the decree, with their security result, protection and open exception. */
    public List<Member> members(HouseholdFacts household, Decree decree) {
        LocalDate arrivedOn = household.arrivedAt().atZone(settings.zone()).toLocalDate();
        Map<UUID, ProtectionStatus> protections = households.protections(household.id());
        List<RegistryFacts.MemberFacts> members = registry.members(household.id());
        Map<UUID, ScreeningOutcomes.SecurityResult> security = screening.securityResults(
                members.stream().map(RegistryFacts.MemberFacts::personId).toList());
        Map<UUID, UUID> openExceptions = members.isEmpty() ? Map.of()
                : em.createQuery("select e from ProtectionException e where e.personId in :p and e.status = :open", ProtectionException.class)
                .setParameter("p", members.stream().map(RegistryFacts.MemberFacts::personId).toList())
                .setParameter("open", ProtectionException.Status.OPEN).getResultStream()
                .collect(Collectors.toMap(ProtectionException::personId, ProtectionException::id));
        return members.stream().map(m -> {
            ProtectionStatus protection = protections.get(m.personId());
            return new Member(m.personId(), m.name(), m.nameLatin(), m.relationship(), m.birthDate(), m.citizenships(), m.stateless(),
                    decree.covers(Set.copyOf(m.citizenships()), m.stateless(), arrivedOn), security.get(m.personId()).name(),
                    protection == null ? null : protection.status().name(), protection == null ? null : protection.validUntil(),
                    openExceptions.get(m.personId()));
        }).toList();
    }

    /**
     * Grants protection under the decree to the household's members read in its turn: those named, or when none are
     * named every member not yet protected; the covered ones with a clear security check are granted, the others are
     * left for an exception. Refused when nobody can be granted, or a named member cannot. Returns the household as
     * it now is, from the members read (a bulk grant reads them once per household).
     */
    public HouseholdProtection grant(HouseholdFacts household, Decree decree, List<Member> members, List<PersonId> personIds) {
        Set<UUID> ids = personIds == null ? null : personIds.stream().map(p -> p == null ? null : p.value()).collect(Collectors.toSet());
        List<Member> chosen = ids == null || ids.isEmpty() ? members.stream().filter(m -> m.status() == null).toList()
                : members.stream().filter(m -> ids.contains(m.personId())).toList();
        if (chosen.isEmpty() || (ids != null && chosen.size() != ids.size())) {
            throw refused("state");
        }
        if (chosen.stream().anyMatch(m -> m.status() != null)) {
            throw refused("granted");
        }
        if (chosen.stream().allMatch(m -> "PENDING".equals(m.security()))) {
            throw refused("securityPending");
        }
        // a member whose own check has not answered waits for it; the others may be granted meanwhile
        boolean anyPending = chosen.stream().anyMatch(m -> "PENDING".equals(m.security()));
        if (ids != null && !ids.isEmpty() && chosen.stream().anyMatch(m -> !m.grantable())) {
            throw refused(anyPending ? "securityPending" : "outOfScope");
        }
        List<PersonId> granted = chosen.stream().filter(Member::grantable).map(m -> PersonId.of(m.personId())).toList();
        if (granted.isEmpty()) {
            throw refused(anyPending ? "securityPending" : "outOfScope");
        }
        List<ProtectionStatus> statuses = statuses(granted, household.id(), decree);
        audit.record(AuditAction.UPDATE, "Protection", household.registryNumber(), granted.size()
                + " persons granted temporary protection under decree " + decree.number());
        Map<UUID, ProtectionStatus> byPerson = statuses.stream().collect(Collectors.toMap(ProtectionStatus::personId, s -> s));
        List<Member> now = members.stream().map(m -> byPerson.containsKey(m.personId()) ? m.protectedAs(byPerson.get(m.personId())) : m).toList();
        LocalDate earliest = now.stream().filter(m -> m.validUntil() != null && ProtectionStatus.Status.valueOf(m.status()).active())
                .map(Member::validUntil).min(LocalDate::compareTo).orElseThrow();
        workflow.protectionGranted(ProtectedHouseholds.numberOf(household), new SiteCode(household.siteCode()), household.registeredAt(),
                renewalAt(earliest));
        return new HouseholdProtection(household.registryNumber(), decree.id(), decree.number(), now);
    }

    /**
     * The persons' protection granted today, written in two statements: their history events, then their statuses
     * ({@link ProtectionStatus#grant}) in one multi-row insert. Reporting's trigger on the events sums up only
     * households with a status (none of these yet); the one on the statuses then sums the household up once (as a
     * batch of entities the driver sent them in chunks of 1, 2, 4 or 8 rows, each a statement of its own).
     */
    private List<ProtectionStatus> statuses(List<PersonId> persons, UUID householdId, Decree decree) {
        LocalDate today = today();
        Instant now = Instant.now(clock);
        String user = currentUser.username();
        List<ProtectionStatus> statuses = persons.stream().map(p -> ProtectionStatus.grant(p, householdId, decree.id(), today, now, user)).toList();
        ProtectionStatus first = statuses.get(0);
        events(persons, "GRANTED", decree.id(), first.validUntil(), "decree " + decree.number());
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < statuses.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:p").append(i).append(", :h, :d, :s, :f, :u, :at, :by, 0)");
        }
        var insert = em.createNativeQuery("INSERT INTO protection_status (person_id, household_id, decree_id, status, valid_from, "
                + "valid_until, changed_at, changed_by, version) VALUES " + values);
        for (int i = 0; i < statuses.size(); i++) {
            insert.setParameter("p" + i, statuses.get(i).personId());
        }
        insert.setParameter("h", householdId).setParameter("d", decree.id()).setParameter("s", first.status().name())
                .setParameter("f", first.validFrom()).setParameter("u", first.validUntil()).setParameter("at", now)
                .setParameter("by", user).executeUpdate();
        return statuses;
    }

    /** A registered person's protection and the household they are in now (not always the one of their grant). */
    record Held(UUID householdId, ProtectionStatus protection) {
    }

    /** A registered person's protection, locked in the turn of the household they are in now; refused when they have none. */
    Held held(PersonId personId) {
        UUID household = households.ofPerson(personId).id();
        // the household's turn first, as every decision takes it: parallel retries then see the first one's work
        // (refused: "extended")
        documentClock.takeTurn(household);
        ProtectionStatus protection = em.find(ProtectionStatus.class, personId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (protection == null) {
            throw refused("state");
        }
        em.refresh(protection);
        return new Held(household, protection);
    }

    /**
     * Extends a person's protection by a year from today; refused when it already has the year to come. Returns the
     * household the person is in now, whose renewal moves with it.
     */
    public UUID extend(PersonId personId) {
        Held held = held(personId);
        ProtectionStatus protection = held.protection();
        protection.extend(today(), Instant.now(clock), currentUser.username());
        event(personId, "EXTENDED", protection.decreeId(), protection.validUntil(), null);
        em.flush();
        return held.householdId();
    }

    /** Terminated or ceased from today, with its ground; the person's current document is revoked with it. */
    public void end(PersonId personId, boolean terminated, String ground) {
        Held held = held(personId);
        ProtectionStatus protection = held.protection();
        ProtectionStatus.Status ended = terminated ? ProtectionStatus.Status.TERMINATED : ProtectionStatus.Status.CEASED;
        Instant now = Instant.now(clock);
        protection.end(ended, ground, today(), now, currentUser.username());
        event(personId, ended.name(), protection.decreeId(), null, ground);
        // the identity document stands for the protection: it ends with it
        documents.currentOf(personId).ifPresent((IdentityDocument document) ->
                document.revoke(ended.name().toLowerCase(Locale.ROOT) + ": " + ground.strip(), now));
        em.flush();
        RegistryNumber registryNumber = ProtectedHouseholds.numberOf(households.byId(held.householdId()));
        if (households.active(held.householdId()).isEmpty()) {
            workflow.protectionEnded(registryNumber);
            documentClock.breachClosed(registryNumber, "PROTECTION_ENDED");
        } else {
            // those who still waited may have been the ended ones: the clock ends when nobody waits any more
            documentClock.nobodyWaitingAfterProtectionEnded(registryNumber);
        }
    }

    /** Starts the household's process (its first grant), or after an extension moves its renewal to the earliest expiry. */
    public void startDocuments(UUID householdId, boolean extension) {
        HouseholdFacts household = households.byId(householdId);
        LocalDate earliest = households.active(householdId).stream().map(ProtectionStatus::validUntil).min(LocalDate::compareTo).orElse(null);
        Instant renewal = renewalAt(earliest);
        if (extension) {
            workflow.renewalMoved(ProtectedHouseholds.numberOf(household), renewal);
        } else {
            workflow.protectionGranted(ProtectedHouseholds.numberOf(household), new SiteCode(household.siteCode()), household.registeredAt(),
                    renewal);
        }
    }

    public Instant renewalAt(LocalDate validUntil) {
        return DocumentDeadlines.renewalAt(validUntil, settings.renewalNotice(), settings.zone());
    }

    /** The decree named, or the latest in force; it must be in force today. */
    public Decree decree(UUID decreeId) {
        Decree decree = decreeId != null ? em.find(Decree.class, decreeId)
                : em.createQuery("select d from Decree d where d.status = :s and d.inForceFrom <= :today order by d.inForceFrom desc, d.recordedAt desc", Decree.class)
                .setParameter("s", Decree.Status.IN_FORCE).setParameter("today", today()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (decree == null || !decree.inForceOn(today())) {
            throw refused("notInForce");
        }
        return decree;
    }

    /** A step of the person's history (append-only). */
    public void event(PersonId personId, String action, UUID decreeId, LocalDate validUntil, String ground) {
        events(List.of(personId), action, decreeId, validUntil, ground);
    }

    /**
     * The same step of several persons' history in one statement: reporting's trigger then sums up their household
     * once, not once per person (a bulk grant at 5,000,000 persons spent 30 to 50 ms in each).
     */
    public void events(List<PersonId> personIds, String action, UUID decreeId, LocalDate validUntil, String ground) {
        if (personIds.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < personIds.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :p").append(i).append(", :at, :by, :a, :d, :v, :g)");
        }
        var insert = em.createNativeQuery("INSERT INTO protection_event (id, person_id, occurred_at, actor, action, decree_id, valid_until, ground) "
                + "VALUES " + values);
        for (int i = 0; i < personIds.size(); i++) {
            insert.setParameter("id" + i, UUID.randomUUID()).setParameter("p" + i, personIds.get(i).value());
        }
        insert.setParameter("at", Instant.now(clock)).setParameter("by", currentUser.username()).setParameter("a", action)
                .setParameter("d", decreeId).setParameter("v", validUntil).setParameter("g", ground).executeUpdate();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
