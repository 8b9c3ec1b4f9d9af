package org.refuge.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.HouseholdView.TimelineEntry;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.HouseholdStatus;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.Portrait;
import org.refuge.registration.domain.Relationship;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.registration.infrastructure.HouseholdRepository;
import org.refuge.registration.infrastructure.PersonRepository;
import org.refuge.registration.infrastructure.RegistryCounter;

/**
 * Household pre-registration at a border crossing point and the household file. A registrar works at their own BCP
 * only; the same idempotency key (a double click, a browser or network retry) always gives the same household.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RegistryCounter counter;

    @Inject
    HouseholdRepository households;

    @Inject
    ArrivalWorkflow workflow;

    @Inject
    RefugeSettings settings;

    @Inject
    PersonRepository persons;

    @Inject
    NeedVisibility needVisibility;

    @Inject
    jakarta.enterprise.event.Event<HouseholdArrived> arrivals;

    @Inject
    jakarta.enterprise.event.Event<HouseholdVoided> voided;

    @Inject
    PortraitDecoder portraits;

    @Inject
    org.refuge.platform.persistence.IdempotentRequests idempotent;

    @Inject
    HouseholdScope scope;

    /** Timeline entries of the household file when no page is asked for. */
    public static final int TIMELINE_PAGE = 25;

    /** The operation a pre-registration's Idempotency-Key is kept for. */
    private static final String PRE_REGISTER = "pre-register household";

    private final Clock clock = Clock.systemUTC();

    /**
     * Pre-registers a household and starts its arrival process, in one transaction. With an idempotency key that was
     * used before by the same user, returns that household instead of creating a second one.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public HouseholdView preRegister(@NotNull @Valid PreRegistrationForm form,
                                     @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : currentUser.username() + ":" + idempotencyKey;
        if (key != null) {
            // concurrent retries with one key wait here for the first, then find its household; the same key with
            // another body is refused (the household row says what was made, the idempotent request what was asked)
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))").setParameter("key", key).getSingleResult();
            idempotent.earlier(idempotencyKey, PRE_REGISTER);
            Optional<Household> earlier = em.createQuery("select h from Household h where h.idempotencyKey = :key", Household.class)
                    .setParameter("key", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return HouseholdView.of(earlier.get());
            }
        }
        SiteCode site = registeringSite(form.getSiteCode());
        requireKnownNeeds(form.getVisibleNeeds());
        if (needVisibility.anySensitive(form.getVisibleNeeds())) {
            throw Refusal.invalid("visibleNeeds", "refuge.household.needs.sensitive");
        }
        Instant now = Instant.now(clock);
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        RegistryNumber number = RegistryNumber.of(site, day, counter.next(site, day));
        Household household = Household.preRegister(number, site, form.getArrivedAt() == null ? now : form.getArrivedAt(), now,
                currentUser.username(), form.getHeadName(), form.getHeadNameLatin(), form.composition(),
                form.getVehicleOrGroup(), form.getVisibleNeeds(), key);
        em.persist(household);
        workflow.householdRegistered(household.id(), number, site);
        audit.record(AuditAction.CREATE, "Household", number.value(), "pre-registration");
        idempotent.remember(idempotencyKey, PRE_REGISTER, number.value());
        arrivals.fire(new HouseholdArrived(number.value(), site.value(), form.composition().size(), household.arrivedAt()));
        return HouseholdView.of(household);
    }

    /**
     * The head of household's portrait taken at the desk at pre-registration; individual registration of the head
     * takes it over, so nobody photographs them twice.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public void attachHeadPhoto(@NotNull RegistryNumber number, @NotNull byte[] image, @NotNull Photo.Source source) {
        Portrait portrait = portraits.portrait(image); // before any row is read: a busy wait holds no connection
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        Photo photo = new Photo(portrait, source, Instant.now(clock), currentUser.username());
        em.persist(photo);
        household.attachHeadPhoto(photo.id());
        persons.members(household.id()).stream().filter(p -> p.relationship() == Relationship.HEAD && p.photoId() == null)
                .forEach(head -> head.attachPhoto(photo.id()));
        audit.record(AuditAction.UPDATE, "Household", number.value(), "photo of the head of household");
    }

    /**
     * Voids a household registered in error, with its members and its arrival process; the records stay, with the
     * reason, and the timeline says who did it.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
    public HouseholdView voidHousehold(@NotNull RegistryNumber number,
                                       @NotBlank(message = "{refuge.void.reason.required}") @Size(max = 300, message = "{refuge.void.reason.size}") String reason) {
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        if (household.status() == HouseholdStatus.VOIDED) {
            throw Refusal.conflict("reason", "refuge.void.already");
        }
        household.voidRecord(reason);
        persons.members(household.id()).forEach(member -> member.voidRecord("household voided: " + reason.strip()));
        workflow.householdVoided(number, reason.strip());
        voided.fire(new HouseholdVoided(number.value(), reason.strip()));
        audit.record(AuditAction.VOID, "Household", number.value(), "voided"); // the reason is on the household
        return HouseholdView.of(household);
    }

    /** The household file with the first {@value #TIMELINE_PAGE} entries of its timeline. */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public HouseholdFile file(@NotNull RegistryNumber number) {
        return file(number, PageRequest.firstRows(TIMELINE_PAGE));
    }

    /**
     * The household file with the first page of its timeline, within the reader's scope ({@link HouseholdScope}: the
     * households of their sites, and for camp staff those placed in their camps). Every read is audited.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public HouseholdFile file(@NotNull RegistryNumber number, @NotNull PageRequest timelinePage) {
        Household household = readable(number);
        audit.record(AuditAction.READ, "Household", number.value(), "household file");
        return new HouseholdFile(HouseholdView.of(household), persons.members(household.id()).stream()
                .map(p -> PersonViews.PersonView.of(p, number, needVisibility.visible(p.needs()))).toList(),
                timelineOf(number, timelinePage));
    }

    /**
     * One page of the household's timeline, newest first, with its total: its own changes and its accommodation
     * (allocation or private address, check-ins, departures, moves), never the reads. Audited like the file.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<TimelineEntry> timeline(@NotNull RegistryNumber number, @NotNull PageRequest request) {
        readable(number);
        audit.record(AuditAction.READ, "Household", number.value(), "household timeline");
        return timelineOf(number, request);
    }

    private Page<TimelineEntry> timelineOf(RegistryNumber number, PageRequest request) {
        String where = "from AuditEvent e where e.recordType in ('Household', 'Allocation', 'CampStay') and e.recordId = :number "
                + "and e.action <> org.refuge.platform.audit.AuditAction.READ";
        long total = em.createQuery("select count(e) " + where, Long.class).setParameter("number", number.value()).getSingleResult();
        List<TimelineEntry> entries = em.createQuery("select e " + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("number", number.value()).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(e -> new TimelineEntry(e.occurredAt(), e.actor(), e.action().name() + ": " + e.purpose())).toList();
        return Page.of(entries, total, request);
    }

    private Household readable(RegistryNumber number) {
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        return household;
    }

    /**
     * One page of the households whose head's name resembles the query in any script (trigram similarity of the Latin
     * keys), within the reader's scope ({@link HouseholdScope}): live households first, best first (ties by the latest
     * registered, then id), voided ones after them in the same order, marked by their status; and how many there
     * are: counted up to {@link PersonSearchService#COUNT_CAP}, "at least" beyond. The search is audited, not its results.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<HouseholdView> searchByName(@NotNull @Size(min = 2, max = 200) String query, @NotNull PageRequest request) {
        String key = Household.searchKey(query);
        if (key.isBlank() || scope.readsNone()) {
            return Page.of(List.of(), 0, request);
        }
        audit.record(AuditAction.SEARCH, "Household", null, "search by name");
        String where = " FROM household h WHERE h.head_name_key % :key" + scope.condition("h");
        var count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + where + " LIMIT :cap) capped")
                .setParameter("key", key).setParameter("cap", request.countCap(PersonSearchService.COUNT_CAP) + 1);
        var search = em.createNativeQuery("SELECT h.id" + where + " ORDER BY h.status = 'VOIDED', similarity(h.head_name_key, :key) DESC, "
                        + "h.registered_at DESC, h.id OFFSET :first LIMIT :size", java.util.UUID.class)
                .setParameter("key", key).setParameter("first", request.first()).setParameter("size", request.size());
        scope.parameters().forEach((name, value) -> {
            count.setParameter(name, value);
            search.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<java.util.UUID> ids = search.getResultList();
        List<HouseholdView> found = ids.stream().map(id -> HouseholdView.of(em.find(Household.class, id))).toList();
        long cap = request.countCap(PersonSearchService.COUNT_CAP);
        return new Page<>(found, Math.min(total, cap), total > cap, request.first(), request.size());
    }

    /** Households registered today at the registrar's own site, newest first, a page with the day's total. */
    @RolesAllowed(Roles.REGISTRAR)
    public Page<HouseholdView> registeredTodayAtMySite(@NotNull PageRequest request) {
        String site = registeringSite(null).value();
        Instant startOfDay = LocalDate.now(clock.withZone(settings.zone())).atStartOfDay(settings.zone()).toInstant();
        long total = em.createQuery("select count(h) from Household h where h.siteCode = :site and h.registeredAt >= :from", Long.class)
                .setParameter("site", site).setParameter("from", startOfDay).getSingleResult();
        List<HouseholdView> rows = em.createQuery("select h from Household h where h.siteCode = :site and h.registeredAt >= :from "
                        + "order by h.registeredAt desc, h.id", Household.class)
                .setParameter("site", site).setParameter("from", startOfDay)
                .setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(HouseholdView::of).toList();
        return Page.of(rows, total, request);
    }

    private void requireKnownNeeds(List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        java.util.Set<String> unknown = new java.util.TreeSet<>(codes);
        unknown.removeAll(em.createNativeQuery("SELECT code FROM specific_need WHERE active AND code IN (:codes)", String.class)
                .setParameter("codes", codes).getResultList());
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("visibleNeeds", "refuge.household.needs.unknown", String.join(", ", unknown));
        }
    }

    /** The BCP a registration is made at: the one asked for if it is the user's, else the user's only site. */
    private SiteCode registeringSite(String requested) {
        if (requested != null && !requested.isBlank()) {
            SiteCode code = SiteCode.parse(requested);
            if (!currentUser.sites().contains(code.value())) {
                throw CurrentUser.otherSite();
            }
            return code;
        }
        if (currentUser.sites().size() != 1) {
            throw CurrentUser.otherSite();
        }
        return new SiteCode(currentUser.sites().iterator().next());
    }
}
