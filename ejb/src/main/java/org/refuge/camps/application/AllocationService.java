package org.refuge.camps.application;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.domain.CampStay;
import org.refuge.camps.domain.TentProposal;
import org.refuge.camps.infrastructure.Beds;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.persistence.IdempotentRequests;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.reporting.application.WorklistHouseholds;
import org.refuge.shared.CampCode;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Allocation of screened households: the queue of households of every border crossing point waiting for a bed (the
 * households awaiting allocation, see {@link AccommodationWorkflow}), the tents Refuge proposes in one camp, the allocation itself, and the release
 * of a household with a private address. A camp manager allocates into their own camps only; the queue shows every
 * waiting household, but only what accommodation needs (registry number and head's name, size, isolation,
 * non-sensitive need categories, priority). No bed is given
 * twice: allocations into one camp take turns on the camp's row, beds are taken by guarded updates backed by a check
 * constraint, and a refused choice of tents comes back with a fresh proposal.
 */
@Stateless
public class AllocationService {

    /** How often an allocation without chosen tents proposes again after a concurrent allocation took its beds. */
    static final int ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    AccommodationWorkflow workflow;

    @Inject
    Beds beds;

    @Inject
    HouseholdsToPlace households;

    @Inject
    AllocationQueue queue;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    jakarta.enterprise.event.Event<HouseholdPlaced> placed;

    private final Clock clock = Clock.systemUTC();

    /**
     * A household waiting for accommodation, as the queue shows it: what accommodation needs, and the registry number
     * and head's name to call the family by. No documents, no need codes that are sensitive, no screening detail.
     */
    public record Waiting(String registryNumber, String siteCode, String headName, String headNameLatin, int persons,
                          int children, int elderly, boolean registered, boolean isolation,
                          @Classified(Sensitivity.SENSITIVE_NEEDS) List<String> needCategories,
                          boolean priority, boolean needsAccessible, Instant screenedAt) {
    }

    /** Tents proposed (or taken) in one camp for a household. */
    public record Proposal(String registryNumber, String campCode, int persons, boolean isolation,
                           boolean needsAccessible, List<TentProposal.Share> tents) {
    }

    /**
     * One page of the screened households waiting for accommodation at every border crossing point (or those whose
     * registry number contains {@code find}, else those whose head's name does, in any script; a name that more than
     * {@value AccommodationWorkflow#MAX_NUMBERS} waiting households hold is refused, "tooManyMatches", rather than cut):
     * households with specific needs that give priority (or to be isolated) first, then in the order they were screened, with the exact number waiting. The order, the count and
     * the page come from the workflow engine's database (each waiting household carries its rank there,
     * see {@link AllocationPriorities}); voided households have no arrival process and are not counted.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Page<Waiting> queue(@Size(max = 64) String find, @NotNull PageRequest request) {
        return queue.queue(find, WorklistFilter.none(), request);
    }

    /**
     * The same queue narrowed by BCP, arrival days, size or a specific-need category (those of sensitive needs only
     * for their readers), in the same order, with its number (exact up to {@value WorklistHouseholds#COUNT_CAP}); a
     * search and a filter are not asked for together ("findOrFilter"). See {@link AllocationQueue}.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Page<Waiting> queue(@Size(max = 64) String find, @NotNull WorklistFilter filter, @NotNull PageRequest request) {
        return queue.queue(find, filter, request);
    }

    /** The tents Refuge proposes for a waiting household in one of the caller's open camps. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Proposal propose(@NotNull RegistryNumber number, @NotNull CampCode camp) {
        currentUser.requireSite(camp);
        HouseholdToPlace household = waiting(number);
        requireOpen(camp, false);
        TentProposal.Household need = need(household);
        List<TentProposal.Tent> inService = beds.tentsInService(camp);
        List<TentProposal.Share> tents = TentProposal.propose(inService, need)
                .orElseThrow(() -> CampRefusals.accommodation(TentProposal.whyNoRoom(inService, need)));
        return new Proposal(household.registryNumber(), camp.value(), need.persons(), need.isolation(), need.needsAccessible(), tents);
    }

    /**
     * Allocates beds to every registered member of a waiting household in one of the caller's open camps: in the
     * chosen tents, or, when none are chosen, in the tents Refuge proposes at this moment. The household's arrival
     * process moves on to the transfer, at the camp. A concurrent allocation that took the chosen beds first is
     * answered with "full" and a fresh proposal.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Proposal allocate(@NotNull RegistryNumber number, @NotNull CampCode camp, List<UUID> chosenTents) {
        return allocate(number, camp, chosenTents, null);
    }

    /**
     * The same, once per {@code idempotencyKey}: a retry (sent while the first still runs, or after) answers the beds
     * the first one allocated, and allocates nothing more. Without a key, a second allocation of the household is
     * refused ("notScreened": it no longer waits).
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Proposal allocate(@NotNull RegistryNumber number, @NotNull CampCode camp, List<UUID> chosenTents,
                             @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        currentUser.requireSite(camp);
        String operation = "allocate " + number + " in " + camp;
        if (idempotent.earlier(idempotencyKey, operation).isPresent()) {
            return allocated(number, camp);
        }
        HouseholdToPlace household = waiting(number);
        households.lock(household.id());
        requireAwaiting(number);   // again, under the household's turn: allocated only once
        requireOpen(camp, true);
        if (!"REGISTERED".equals(household.status())) {
            throw CampRefusals.accommodation("notRegistered");
        }
        List<UUID> members = households.members(household.id());
        if (members.isEmpty()) {
            throw CampRefusals.accommodation("notRegistered");
        }
        // by person, not household: a member who joined from another household may hold a bed already
        Number holding = (Number) em.createNativeQuery("SELECT count(*) FROM camp_stay WHERE person_id IN (:members) "
                + "AND status IN ('ALLOCATED', 'CHECKED_IN')").setParameter("members", members).getSingleResult();
        if (holding.intValue() > 0) {
            throw CampRefusals.accommodation("allocated");
        }
        TentProposal.Household need = new TentProposal.Household(members.size(), household.needsAccessible(), household.isolation(),
                household.unaccompaniedChild(), household.withAdults());
        List<TentProposal.Share> taken = chosenTents == null || chosenTents.isEmpty()
                ? takeProposed(camp, need) : takeChosen(camp, need, chosenTents);

        Instant now = Instant.now(clock);
        int next = 0;
        for (TentProposal.Share share : taken) {
            for (int bed = 0; bed < share.beds(); bed++) {
                em.persist(CampStay.allocate(new PersonId(members.get(next++)), household.id(), camp, share.tentId(), now,
                        currentUser.username()));
            }
        }
        workflow.allocated(number, camp);
        placed.fire(new HouseholdPlaced(household.registryNumber(), camp.value()));
        audit.record(AuditAction.CREATE, "Allocation", household.registryNumber(), members.size() + " beds in " + camp
                + ", tents " + taken.stream().map(s -> String.valueOf(s.number())).toList());
        idempotent.remember(idempotencyKey, operation, members.size() + " beds");
        em.flush();
        return new Proposal(household.registryNumber(), camp.value(), need.persons(), need.isolation(), need.needsAccessible(), taken);
    }

    /** The beds a household holds in a camp, as its allocation answered them (a retry's answer). */
    private Proposal allocated(RegistryNumber number, CampCode camp) {
        HouseholdToPlace household = households.byRegistryNumber(number).orElseThrow(RegistryFacts::unknownHousehold);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT t.id AS id, t.number AS number, count(*) AS beds FROM camp_stay s "
                        + "JOIN camp_structure t ON t.id = s.structure_id "
                        + "WHERE s.household_id = :h AND s.camp_code = :c AND s.status IN ('ALLOCATED', 'CHECKED_IN') "
                        + "GROUP BY t.id, t.number ORDER BY t.number", Tuple.class)
                .setParameter("h", household.id()).setParameter("c", camp.value()).getResultList();
        List<TentProposal.Share> shares = rows.stream().map(r -> new TentProposal.Share(r.get("id", UUID.class),
                ((Number) r.get("number")).intValue(), ((Number) r.get("beds")).intValue())).toList();
        return new Proposal(household.registryNumber(), camp.value(), shares.stream().mapToInt(TentProposal.Share::beds).sum(),
                household.isolation(), household.needsAccessible(), shares);
    }

    /**
     * Releases a waiting household that found a private address from the camp path: it stays registered and
     * followed at that address. Registrars do this for households of their own border crossing point.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public void releaseToPrivateAddress(@NotNull RegistryNumber number, @NotNull @Valid AccommodationForms.PrivateAddress address) {
        HouseholdToPlace household = waiting(number);
        if (currentUser.hasRole(Roles.REGISTRAR) && !currentUser.hasRole(Roles.CAMP_MANAGER) && !currentUser.hasRole(Roles.SUPERVISOR)) {
            currentUser.requireSite(household.site());
        }
        households.lock(household.id());
        requireAwaiting(number);
        em.createNativeQuery("INSERT INTO private_accommodation (household_id, address, phone, host_name, recorded_at, recorded_by) "
                        + "VALUES (:h, :a, :p, :n, :at, :by)")
                .setParameter("h", household.id()).setParameter("a", address.getAddress().strip())
                .setParameter("p", blankToNull(address.getPhone())).setParameter("n", blankToNull(address.getHostName()))
                .setParameter("at", Instant.now(clock)).setParameter("by", currentUser.username()).executeUpdate();
        workflow.releasedToPrivateAddress(number);
        audit.record(AuditAction.UPDATE, "Allocation", household.registryNumber(), "released to a private address");
    }

    /** Takes the beds of the proposal; when a concurrent allocation was faster, proposes again with what is left. */
    private List<TentProposal.Share> takeProposed(CampCode camp, TentProposal.Household need) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<TentProposal.Tent> inService = beds.tentsInService(camp);
            Optional<List<TentProposal.Share>> proposal = TentProposal.propose(inService, need);
            if (proposal.isEmpty()) {
                throw CampRefusals.accommodation(TentProposal.whyNoRoom(inService, need));
            }
            if (takeAll(camp, proposal.get(), need)) {
                return proposal.get();
            }
        }
        throw CampRefusals.accommodation("full", fresh(camp, need));
    }

    private List<TentProposal.Share> takeChosen(CampCode camp, TentProposal.Household need, List<UUID> chosenTents) {
        Map<UUID, TentProposal.Tent> inService = new HashMap<>();
        beds.tentsInService(camp).forEach(tent -> inService.put(tent.id(), tent));
        List<TentProposal.Tent> chosen = new ArrayList<>();
        for (UUID id : chosenTents.stream().distinct().toList()) {
            TentProposal.Tent tent = inService.get(id);
            if (tent == null) {
                throw CampRefusals.accommodation("full", fresh(camp, need));
            }
            chosen.add(tent);
        }
        Optional<String> broken = TentProposal.check(chosen, need);
        if (broken.isPresent()) {
            throw CampRefusals.accommodation(broken.get(), fresh(camp, need));
        }
        List<TentProposal.Share> shares = TentProposal.fill(chosen, need.persons());
        if (!takeAll(camp, shares, need)) {
            throw CampRefusals.accommodation("full", fresh(camp, need));
        }
        return shares;
    }

    /**
     * Takes every share or none: a share refused gives back those taken before it. Tents are written in the order of
     * their ids, as every change of beds does, so two changes never wait for each other's tents.
     */
    private boolean takeAll(CampCode camp, List<TentProposal.Share> shares, TentProposal.Household need) {
        List<TentProposal.Share> done = new ArrayList<>();
        for (TentProposal.Share share : shares.stream().sorted(Comparator.comparing(TentProposal.Share::tentId)).toList()) {
            if (!beds.take(camp, share.tentId(), share.beds(), need)) {
                done.forEach(taken -> beds.release(taken.tentId(), taken.beds()));
                return false;
            }
            done.add(share);
        }
        return true;
    }

    private List<TentProposal.Share> fresh(CampCode camp, TentProposal.Household need) {
        return TentProposal.propose(beds.tentsInService(camp), need).orElse(List.of());
    }

    private HouseholdToPlace waiting(RegistryNumber number) {
        HouseholdToPlace household = households.byRegistryNumber(number).orElseThrow(RegistryFacts::unknownHousehold);
        requireAwaiting(number);
        return household;
    }

    private void requireAwaiting(RegistryNumber number) {
        if (!workflow.awaitsAllocation(number)) {
            throw CampRefusals.accommodation("notScreened");
        }
    }

    /**
     * The camp must exist and be open. Allocation locks the camp's row: allocations into one camp take turns, so each
     * proposal is made from the beds as the previous allocation left them (and the camp cannot close meanwhile).
     * The guarded update and the check constraint keep beds from being given twice even without this lock.
     */
    private void requireOpen(CampCode camp, boolean lock) {
        @SuppressWarnings("unchecked")
        List<String> status = em.createNativeQuery("SELECT status FROM camp WHERE site_code = :c" + (lock ? " FOR UPDATE" : ""))
                .setParameter("c", camp.value()).getResultList();
        if (status.isEmpty()) {
            throw Site.unknown();
        }
        if (!"OPEN".equals(status.get(0))) {
            throw CampRefusals.accommodation("campNotOpen");
        }
    }

    /** What a waiting household needs of a camp's tents, as a proposal sees it. */
    static TentProposal.Household need(HouseholdToPlace household) {
        return new TentProposal.Household(persons(household), household.needsAccessible(), household.isolation(),
                household.unaccompaniedChild(), household.withAdults());
    }

    /** Beds are for the registered members; before individual registration the pre-registered composition counts. */
    static int persons(HouseholdToPlace household) {
        return household.registeredPersons() > 0 ? household.registeredPersons() : household.composition();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
