package org.refuge.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.shared.PersonId;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.PersonViews.CandidateView;
import org.refuge.registration.application.PersonViews.MemberResult;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.domain.DuplicateMatch;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.HouseholdStatus;
import org.refuge.registration.domain.MatchStatus;
import org.refuge.registration.domain.Person;
import org.refuge.registration.domain.PersonStatus;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.registration.domain.Relationship;
import org.refuge.registration.domain.matching.MatchRecord;
import org.refuge.registration.infrastructure.DuplicateFinder;
import org.refuge.registration.infrastructure.DuplicateFinder.Draft;
import org.refuge.registration.infrastructure.DuplicateFinder.Hit;
import org.refuge.registration.infrastructure.HouseholdRepository;
import org.refuge.registration.infrastructure.PersonRepository;

/**
 * Individual registration of each member of a pre-registered household, possible duplicates among all registered
 * persons and portraits. Registrars work on their own BCP's households; a possible duplicate is shown with the few
 * facts needed to recognise a person, whatever site it is at. The person search is {@link PersonSearchService}, the
 * caseworkers' duplicate queue {@link DuplicateQueueService}.
 */
@Stateless
public class PersonService {

    static final int MAX_CANDIDATES = 10;

    /** The operation a member registration's Idempotency-Key is kept for. */
    private static final String REGISTER_MEMBER = "register member";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    HouseholdRepository households;

    @Inject
    DuplicateFinder finder;

    @Inject
    PersonRepository personRepository;

    @Inject
    NeedVisibility needVisibility;

    @Inject
    RefugeSettings settings;

    @Inject
    org.refuge.platform.persistence.IdempotentRequests idempotent;

    @Inject
    jakarta.enterprise.event.Event<HouseholdMembersChanged> membersChanged;

    @Inject
    jakarta.enterprise.event.Event<PersonMovedHousehold> moved;

    @Inject
    HouseholdScope scope;

    private final Clock clock = Clock.systemUTC();

    /**
     * Possible duplicates of what the registrar has typed so far, best first. Audited as a search: it looks into
     * every site's registrations.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR})
    public List<CandidateView> possibleDuplicates(@NotNull RegistryNumber number, @NotNull MemberForm draft) {
        Household household = household(number);
        audit.record(AuditAction.SEARCH, "Person", null, "duplicate check for " + number.value());
        return candidates(draft, household.id(), null);
    }

    /**
     * Registers one member of a household, in one transaction: the new person with its possible-duplicate matches, or,
     * when the registrar said a candidate is the same person, that earlier record joined to this household. The same
     * idempotency key from the same user gives the same result again.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public MemberResult registerMember(@NotNull RegistryNumber number, @NotNull @Valid MemberForm form,
                                       @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : currentUser.username() + ":" + idempotencyKey;
        boolean keyKept = false;
        if (key != null) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))").setParameter("key", key).getSingleResult();
            keyKept = idempotent.earlier(idempotencyKey, REGISTER_MEMBER).isPresent(); // another body with it is refused
            Optional<Person> earlier = em.createQuery("select p from Person p where p.idempotencyKey = :key", Person.class)
                    .setParameter("key", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                Household household = em.find(Household.class, earlier.get().householdId());
                if (!household.registryNumber().equals(number)) {
                    throw Refusal.conflict("idempotencyKey", "refuge.person.key.reused");
                }
                return result(earlier.get(), household, false);
            }
        }
        Household household = household(number);
        // one member at a time per household: a second head or the last two members at once are decided in order
        em.lock(household, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (household.status() == HouseholdStatus.VOIDED) {
            throw Refusal.conflict("relationship", "refuge.person.household.voided");
        }
        requireKnownCodes(form);
        Optional<UUID> same = form.getDecisions().entrySet().stream().filter(e -> e.getValue() == MatchStatus.SAME)
                .map(e -> UUID.fromString(e.getKey())).findFirst();
        if (same.isPresent() && atSameSite(same.get(), household)) {
            MemberResult linked = linkEarlierRecord(household, same.get(), form);
            if (!keyKept) { // a retry of a link finds the key kept, and the person in this household already
                idempotent.remember(idempotencyKey, REGISTER_MEMBER, linked.person().id().toString());
            }
            return linked;
        }
        // "same person" as someone registered at another site moves nobody at the desk: the person is registered here
        // and the match waits, open, for a caseworker (who reads both records) to decide
        boolean crossSiteSame = same.isPresent();
        if (crossSiteSame && !proposed(form, household, same.get())) {
            throw Refusal.invalid("decisions", "refuge.person.match.unknown");
        }
        requireOneHead(household, form, null);
        Instant now = Instant.now(clock);
        Person person = Person.register(household.id(), form.names(), form.particulars(), today(), now,
                currentUser.username(), key);
        em.persist(person);
        if (form.getRelationship() == Relationship.HEAD && household.headPhotoId() != null) {
            person.attachPhoto(household.headPhotoId());
        }
        int open = 0;
        for (Hit hit : finder.find(draft(form, household.id(), person.id()), MAX_CANDIDATES)) {
            DuplicateMatch match = DuplicateMatch.raise(person.id(), hit.personId(), hit.reasons(), hit.nameSimilarity(),
                    hit.score().bits(), hit.score().band().name(), now, currentUser.username());
            if (form.decisionFor(hit.personId()) == MatchStatus.DIFFERENT) {
                match.decide(MatchStatus.DIFFERENT, now, currentUser.username());
            } else {
                open++;
            }
            em.persist(match);
        }
        if (crossSiteSame) {
            audit.record(AuditAction.UPDATE, "DuplicateMatch", person.id().toString(),
                    "the desk says same person as a registration at another site: for a caseworker to decide");
        }
        audit.record(AuditAction.CREATE, "Person", person.id().toString(), "individual registration in " + number.value());
        idempotent.remember(idempotencyKey, REGISTER_MEMBER, person.id().toString());
        // the audit trail names records, never persons: the auditor reads it without case content
        audit.record(AuditAction.UPDATE, "Household", number.value(), "member registered"
                + (open > 0 ? " (" + open + " possible duplicates for a caseworker)" : ""));
        return result(person, household, false, open, completeIfAllRegistered(household));
    }

    /** Corrects a registered member; the change is audited. */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER})
    public PersonView correctMember(@NotNull PersonId personId, @NotNull @Valid MemberForm form) {
        Person person = person(em, personId);
        Household household = em.find(Household.class, person.householdId());
        currentUser.requireSite(household.site());
        requireRegistered(person);
        em.lock(household, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        requireKnownCodes(form);
        requireOneHead(household, form, person.id());
        person.correct(form.names(), form.particulars(), today());
        membersChanged.fire(new HouseholdMembersChanged(household.registryNumber().value()));
        audit.record(AuditAction.UPDATE, "Person", person.id().toString(), "correction");
        audit.record(AuditAction.UPDATE, "Household", household.registryNumber().value(), "member corrected");
        return view(person, household.registryNumber());
    }

    /** The members of a household, head first, within the reader's scope ({@link HouseholdScope}). */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public List<PersonView> members(@NotNull RegistryNumber number) {
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        audit.record(AuditAction.READ, "Household", number.value(), "members");
        return membersOf(household);
    }

    /** One person, within the reader's scope of their household ({@link HouseholdScope}); audited. */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public PersonView find(@NotNull PersonId personId) {
        Person person = person(em, personId);
        Household household = em.find(Household.class, person.householdId());
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        audit.record(AuditAction.READ, "Person", personId.toString(), "person record");
        return view(person, household.registryNumber());
    }

    private boolean proposed(MemberForm form, Household household, UUID candidateId) {
        return finder.find(draft(form, household.id(), null), MAX_CANDIDATES).stream()
                .anyMatch(hit -> hit.personId().equals(candidateId));
    }

    /** Whether the earlier record belongs to a household of the same site (only then may the desk link it). */
    private boolean atSameSite(UUID candidateId, Household household) {
        Person earlier = em.find(Person.class, candidateId);
        if (earlier == null) {
            return true; // linkEarlierRecord refuses an unknown id with its message
        }
        Household theirs = em.find(Household.class, earlier.householdId());
        return theirs != null && theirs.siteCode().equals(household.siteCode());
    }

    private MemberResult linkEarlierRecord(Household household, UUID candidateId, MemberForm form) {
        Person earlier = em.find(Person.class, candidateId);
        if (earlier == null || earlier.status() != PersonStatus.REGISTERED) {
            throw Refusal.invalid("decisions", "refuge.person.match.unknown");
        }
        if (earlier.householdId().equals(household.id())) {
            return result(earlier, household, true); // a retry of the same link
        }
        // only a person the duplicate check proposes for what was typed may be linked: no record of any site by its id
        if (!proposed(form, household, candidateId)) {
            throw Refusal.invalid("decisions", "refuge.person.match.unknown");
        }
        requireOneHead(household, form, earlier.id());
        String from = em.find(Household.class, earlier.householdId()).registryNumber().value();
        earlier.joinHousehold(household.id(), form.getRelationship());
        membersChanged.fire(new HouseholdMembersChanged(from));
        moved.fire(new PersonMovedHousehold(PersonId.of(earlier.id()), from, household.registryNumber().value()));
        audit.record(AuditAction.UPDATE, "Person", earlier.id().toString(), "joined " + household.registryNumber().value()
                + " from " + from + ": same person as the one at the desk");
        audit.record(AuditAction.UPDATE, "Household", household.registryNumber().value(), "member linked to an earlier registration (from " + from + ")");
        int registered = completeIfAllRegistered(household);
        return result(earlier, household, true, openMatches(earlier), registered);
    }

    private List<CandidateView> candidates(MemberForm draft, UUID household, UUID person) {
        String deskSite = em.find(Household.class, household).siteCode();
        List<CandidateView> views = new ArrayList<>();
        for (Hit hit : finder.find(draft(draft, household, person), MAX_CANDIDATES)) {
            Person found = em.find(Person.class, hit.personId());
            Household theirs = em.find(Household.class, found.householdId());
            boolean sameSite = theirs.siteCode().equals(deskSite);
            views.add(CandidateView.of(found, theirs, hit.reasons().stream().map(Enum::name).toList(), hit.nameSimilarity(),
                    sameSite ? hit.score().bits() : null, hit.score().band().name(),
                    sameSite ? PersonViews.Evidence.of(hit.score()) : PersonViews.Evidence.acrossSites(hit.score())));
        }
        return views;
    }

    /** What the duplicate check compares of what was typed: everything that tells persons apart. */
    private static Draft draft(MemberForm form, UUID household, UUID person) {
        List<MatchRecord.Document> documents = form.getDocuments().stream().filter(java.util.Objects::nonNull)
                .filter(d -> d.getNumber() != null && !d.getNumber().isBlank())
                .map(d -> MatchRecord.Document.of(d.getTypeCode(), d.getIssuingCountry(), d.getNumber())).toList();
        return new Draft(form.getGivenName(), form.getFamilyName(), form.getSex() == null ? null : form.getSex().name(),
                form.getBirthDate(), form.getBirthPrecision(), form.getCitizenships().stream().filter(java.util.Objects::nonNull).toList(),
                form.getBirthPlace(), documents,
                household, person);
    }

    private void requireOneHead(Household household, MemberForm form, UUID self) {
        if (form.getRelationship() != Relationship.HEAD) {
            return;
        }
        Long heads = em.createQuery("select count(p) from Person p where p.householdId = :h and p.status = "
                        + "org.refuge.registration.domain.PersonStatus.REGISTERED and p.relationship = "
                        + "org.refuge.registration.domain.Relationship.HEAD and p.id <> :self", Long.class)
                .setParameter("h", household.id()).setParameter("self", self == null ? new UUID(0, 0) : self).getSingleResult();
        if (heads > 0) {
            throw Refusal.conflict("relationship", "refuge.person.head.exists");
        }
    }

    private void requireKnownCodes(MemberForm form) {
        unknown("citizenships", "SELECT code FROM country WHERE active AND code IN (:codes)", form.getCitizenships());
        unknown("languages", "SELECT code FROM language WHERE active AND code IN (:codes)", form.getLanguages());
        unknown("needs", "SELECT code FROM specific_need WHERE active AND code IN (:codes)", form.getNeeds());
        List<String> types = form.getDocuments().stream().filter(d -> !d.isEmpty()).map(MemberForm.DocumentForm::getTypeCode).toList();
        unknown("documents", "SELECT code FROM document_type WHERE active AND code IN (:codes)", types);
        List<String> issuers = form.getDocuments().stream().map(MemberForm.DocumentForm::getIssuingCountry)
                .filter(c -> c != null && !c.isBlank()).toList();
        unknown("documents", "SELECT code FROM country WHERE active AND code IN (:codes)", issuers);
    }

    private void unknown(String field, String sql, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(em.createNativeQuery(sql, String.class).setParameter("codes", codes).getResultList());
        if (!unknown.isEmpty()) {
            throw Refusal.invalid(field, "refuge.person.code.unknown", String.join(", ", unknown));
        }
    }

    /** Marks the household registered once every counted member is; returns how many members are registered. */
    private int completeIfAllRegistered(Household household) {
        int registered = registeredCount(household);
        membersChanged.fire(new HouseholdMembersChanged(household.registryNumber().value()));
        if (household.status() == HouseholdStatus.PRE_REGISTERED && registered >= household.composition().size()) {
            household.individuallyRegistered();
            audit.record(AuditAction.UPDATE, "Household", household.registryNumber().value(), "every member individually registered");
        }
        return registered;
    }

    private int registeredCount(Household household) {
        em.flush();
        return em.createQuery("select count(p) from Person p where p.householdId = :h and p.status = "
                + "org.refuge.registration.domain.PersonStatus.REGISTERED", Long.class).setParameter("h", household.id())
                .getSingleResult().intValue();
    }

    private MemberResult result(Person person, Household household, boolean linked) {
        return result(person, household, linked, openMatches(person), registeredCount(household));
    }

    private int openMatches(Person person) {
        return em.createQuery("select count(m) from DuplicateMatch m where m.personId = :p and m.status = "
                + "org.refuge.registration.domain.MatchStatus.OPEN", Long.class).setParameter("p", person.id())
                .getSingleResult().intValue();
    }

    private MemberResult result(Person person, Household household, boolean linked, int open, int registered) {
        return new MemberResult(view(person, household.registryNumber()), linked, open,
                household.status().name(), registered, household.composition().size());
    }

    private List<PersonView> membersOf(Household household) {
        RegistryNumber number = household.registryNumber();
        return personRepository.members(household.id()).stream().map(p -> view(p, number)).toList();
    }

    static void requireRegistered(Person person) {
        if (person.status() != PersonStatus.REGISTERED) {
            throw Refusal.conflict("status", "refuge.person.not.registered");
        }
    }

    private PersonView view(Person person, RegistryNumber number) {
        return PersonView.of(person, number, needVisibility.visible(person.needs()));
    }

    private Household household(RegistryNumber number) {
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        return household;
    }

    static Person person(EntityManager em, PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.value())).orElseThrow(RegistryFacts::unknownPerson);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
