package org.refuge.camps.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.camps.application.BulkAllocationService.Item;
import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.domain.TentProposal;
import org.refuge.camps.infrastructure.Beds;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * One household of a {@link BulkAllocationService bulk allocation}, in a transaction of its own (called through the
 * container, so {@code REQUIRES_NEW} holds): a refusal rolls back this household only, and what it allocated is
 * committed before the next household is proposed tents, so the next proposal counts its beds. The allocation itself
 * is {@link AllocationService#allocate}'s, with its roles, site scope, rules, locks, audit and arrival-process step.
 */
@Stateless
@RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
public class BulkAllocationStep {

    /** The refusal's member naming the camp Refuge tried, so that the batch can try the household elsewhere. */
    static final String TRIED_CAMP = "campCode";

    @PersistenceContext
    EntityManager em;

    @Inject
    AllocationService allocation;

    @Inject
    HouseholdsToPlace households;

    @Inject
    AccommodationWorkflow workflow;

    @Inject
    Beds beds;

    @Inject
    CurrentUser currentUser;

    /**
     * Allocates the household to {@code camp}, or, when it is null, to the camp among {@code candidates} that Refuge
     * proposes for it: the one with the most free beds that can take it together (the load is spread, and a camp keeps
     * room for the families still to come), camps of equal room in the order given. Tents are Refuge's proposal in either
     * case. A household whose members hold beds is answered "already allocated" with where they are. Refused as
     * {@link AllocationService#allocate} refuses; when no candidate can take it, with the reason the roomiest camp
     * gives ("campFull", "noRoom", "isolationNoEmptyTent", "unaccompaniedChildNoEmptyTent").
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Item allocate(RegistryNumber number, CampCode camp, List<CampCode> candidates) {
        HouseholdToPlace household = households.byRegistryNumber(number).orElseThrow(RegistryFacts::unknownHousehold);
        Optional<Item> held = held(household);
        if (held.isPresent()) {
            return held.get();
        }
        if (!workflow.awaitsAllocation(number)) {
            throw CampRefusals.accommodation("notScreened");
        }
        CampCode chosen = camp != null ? camp : proposedCamp(household, candidates);
        try {
            AllocationService.Proposal allocated = allocation.allocate(number, chosen, null, null);
            return new Item(household.registryNumber(), BulkAllocationService.Outcome.ALLOCATED, allocated.campCode(),
                    allocated.tents(), null, null, List.of());
        } catch (Refusal refused) {
            throw refused.with(TRIED_CAMP, chosen.value());
        }
    }

    /** The camp Refuge proposes among the candidates, or the refusal of the roomiest of them. */
    private CampCode proposedCamp(HouseholdToPlace household, List<CampCode> candidates) {
        TentProposal.Household need = AllocationService.need(household);
        record Room(CampCode camp, List<TentProposal.Tent> tents, int free, boolean fits) {
        }
        List<Room> rooms = new ArrayList<>();
        for (CampCode candidate : candidates) {
            List<TentProposal.Tent> tents = beds.tentsInService(candidate);
            int free = tents.stream().filter(t -> !t.isolated()).mapToInt(t -> Math.max(0, t.free())).sum();
            rooms.add(new Room(candidate, tents, free, TentProposal.propose(tents, need).isPresent()));
        }
        Comparator<Room> roomiest = Comparator.comparingInt(Room::free).reversed();
        Optional<Room> best = rooms.stream().filter(Room::fits).sorted(roomiest).findFirst();
        if (best.isPresent()) {
            return best.get().camp();
        }
        Room most = rooms.stream().sorted(roomiest).findFirst().orElseThrow(() -> CampRefusals.accommodation("noOpenCamp"));
        throw CampRefusals.accommodation(TentProposal.whyNoRoom(most.tents(), need));
    }

    /**
     * Where the household's members hold beds now (allocated or checked in), if they do; the camp and tents only for a
     * reader of that camp's site (a camp manager of another camp learns that the family has beds, not where).
     */
    private Optional<Item> held(HouseholdToPlace household) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT s.camp_code AS camp, t.id AS id, t.number AS number, count(*) AS beds "
                        + "FROM camp_stay s JOIN camp_structure t ON t.id = s.structure_id "
                        + "WHERE s.household_id = :h AND s.status IN ('ALLOCATED', 'CHECKED_IN') "
                        + "GROUP BY s.camp_code, t.id, t.number ORDER BY s.camp_code, t.number", Tuple.class)
                .setParameter("h", household.id()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String camp = rows.get(0).get("camp", String.class);
        if (!currentUser.seesAllSites() && !currentUser.sites().contains(camp)) {
            // where a family sleeps is told only to those who work at that camp
            return Optional.of(new Item(household.registryNumber(), BulkAllocationService.Outcome.ALREADY_ALLOCATED, null, List.of(),
                    null, null, List.of()));
        }
        List<TentProposal.Share> tents = rows.stream().filter(r -> camp.equals(r.get("camp", String.class)))
                .map(r -> new TentProposal.Share(r.get("id", UUID.class), ((Number) r.get("number")).intValue(),
                        ((Number) r.get("beds")).intValue())).toList();
        return Optional.of(new Item(household.registryNumber(), BulkAllocationService.Outcome.ALREADY_ALLOCATED, camp, tents,
                null, null, List.of()));
    }
}
