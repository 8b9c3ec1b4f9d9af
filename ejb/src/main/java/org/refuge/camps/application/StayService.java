package org.refuge.camps.application;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.domain.Camp;
import org.refuge.camps.domain.CampStay;
import org.refuge.camps.domain.DepartureReason;
import org.refuge.camps.domain.ManifestStatus;
import org.refuge.camps.domain.StayStatus;
import org.refuge.camps.domain.TentProposal;
import org.refuge.camps.infrastructure.Beds;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * The people in a camp: who holds which bed, check-in per person on arrival, no-shows released by a decision (the
 * camp manager is asked once the configured time has passed or the transport arrived without them), check-out with
 * a reason and a day, moves to another tent or camp, and closing a camp with everyone checked out (who holds which
 * bed is listed by {@link CampResidents}). Every change of
 * a bed goes through the guarded counter ({@link Beds}); stays are kept as history.
 */
@Stateless
public class StayService {

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<HouseholdPlaced> placed;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Beds beds;

    @Inject
    HouseholdsToPlace households;

    @Inject
    RefugeSettings settings;

    @Inject
    ArrivalSteps arrivalSteps;

    @Inject
    CampSetUpWorkflow setUpProcess;

    @Inject
    org.refuge.platform.persistence.IdempotentRequests idempotent;

    private final Clock clock = Clock.systemUTC();

    /** One stay in a household's accommodation history. */
    public record StayRecord(String personName, String campCode, int tentNumber, StayStatus status, Instant allocatedAt,
                             Instant checkedInAt, LocalDate endedOn,
                             @Classified(value = Sensitivity.HEALTH_REASON, when = "HOSPITAL") DepartureReason endReason,
                             @Classified(Sensitivity.HEALTH_REASON) String endNote) { // "taken to Ararat hospital"
    }

    /**
     * Checks one person in on arrival: they came on a manifest that arrived, or were moved here from another camp.
     * When the last awaited member of the household is checked in (or declared a no-show), its arrival process ends.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public void checkIn(@NotNull UUID stayId) {
        CampStay stay = stay(stayId);
        if (stay.movedFrom() == null) {
            if (manifestStatus(stay) != ManifestStatus.ARRIVED) {
                throw CampRefusals.accommodation("notArrived");
            }
        }
        stay.checkIn(Instant.now(clock), currentUser.username());
        audit.record(AuditAction.UPDATE, "CampStay", registryNumber(stay).value(), "checked in at " + stay.campCode());
        em.flush();
        arrivalDone(stay);
    }

    /**
     * Releases the bed of a person who did not arrive: a decision of the camp manager, possible once the transport
     * arrived without them or the configured time has passed since allocation.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public void noShow(@NotNull UUID stayId, @Size(max = 300, message = "{refuge.checkout.note}") String note) {
        CampStay stay = stay(stayId);
        Instant now = Instant.now(clock);
        boolean arrivedWithout = manifestStatus(stay) == ManifestStatus.ARRIVED;
        if (!arrivedWithout && !stay.overdue(now, settings.noShowAfter())) {
            throw CampRefusals.accommodation("notOverdue");
        }
        stay.noShow(note, today(), now, currentUser.username());
        beds.release(stay.structureId(), 1);
        audit.record(AuditAction.UPDATE, "CampStay", registryNumber(stay).value(), "no-show, bed released in " + stay.campCode());
        em.flush();
        arrivalDone(stay);
    }

    /** Checks out members of a household (all of them when none are named) with the reason and day of departure. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public int checkOut(@NotNull CampCode camp, @NotNull RegistryNumber household, List<UUID> stayIds,
                        @NotNull @Valid AccommodationForms.CheckOut form) {
        List<CampStay> stays = current(camp, household, stayIds);
        if (stayIds == null || stayIds.isEmpty()) {
            // the whole household: those checked in; members still on the way are awaited or declared no-shows
            stays = stays.stream().filter(stay -> stay.status() == StayStatus.CHECKED_IN).toList();
            if (stays.isEmpty()) {
                throw CampRefusals.accommodation("stayState");
            }
        }
        Instant now = Instant.now(clock);
        for (CampStay stay : stays) {
            stay.checkOut(form.getReason(), form.getDay(), form.getNote(), now, currentUser.username());
        }
        releaseBeds(stays);
        // the reason stays on the stays, for the roles that may read it: it can be a health reason (HOSPITAL)
        audit.record(AuditAction.UPDATE, "CampStay", household.value(), stays.size() + " checked out of " + camp);
        em.flush();
        return stays.size();
    }

    /**
     * Moves a household's members in this camp to other tents of this camp or another open camp, together: into the
     * chosen tents or those Refuge proposes. Each member's stay ends as "moved" and the next one starts (checked in
     * at once within the camp; to be checked in on arrival in another camp).
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public List<TentProposal.Share> move(@NotNull CampCode fromCamp, @NotNull RegistryNumber household, @NotNull CampCode toCamp,
                                         List<UUID> chosenTents, @Size(max = 300, message = "{refuge.checkout.note}") String note) {
        return move(fromCamp, household, toCamp, chosenTents, note, null);
    }

    /**
     * The same, once per {@code idempotencyKey}: a retry (sent while the first still runs, or after) answers the tents
     * the household holds in the camp it moved to, and moves nobody again. A move holds no state that a second one
     * would break (the household is checked in again where it went), so without a key each request is a new move.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public List<TentProposal.Share> move(@NotNull CampCode fromCamp, @NotNull RegistryNumber household, @NotNull CampCode toCamp,
                                         List<UUID> chosenTents, @Size(max = 300, message = "{refuge.checkout.note}") String note,
                                         @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        currentUser.requireSite(toCamp);
        currentUser.requireSite(fromCamp);
        String operation = "move " + household + " from " + fromCamp + " to " + toCamp;
        if (idempotent.earlier(idempotencyKey, operation).isPresent()) {
            return held(household, toCamp);
        }
        // only those checked in move: members still on the way arrive where they were allocated first
        List<CampStay> stays = current(fromCamp, household, null).stream()
                .filter(stay -> stay.status() == StayStatus.CHECKED_IN).toList();
        if (stays.isEmpty()) {
            throw CampRefusals.accommodation("stayState");
        }
        @SuppressWarnings("unchecked")
        List<String> target = em.createNativeQuery("SELECT status FROM camp WHERE site_code = :c FOR UPDATE")
                .setParameter("c", toCamp.value()).getResultList();
        if (target.isEmpty()) {
            throw Site.unknown();
        }
        String status = target.get(0);
        if (!"OPEN".equals(status)) {
            throw CampRefusals.accommodation("campNotOpen");
        }
        HouseholdToPlace moving = households.byIds(List.of(stays.get(0).householdId())).get(0);
        TentProposal.Household need = new TentProposal.Household(stays.size(), moving.needsAccessible(), moving.isolation(),
                moving.unaccompaniedChild(), moving.withAdults());
        // a move goes somewhere else: the household's own tents are not proposed
        java.util.Set<UUID> ownTents = new java.util.HashSet<>();
        stays.forEach(stay -> ownTents.add(stay.structureId()));
        List<TentProposal.Tent> tents = beds.tentsInService(toCamp).stream().filter(t -> !ownTents.contains(t.id())).toList();
        List<TentProposal.Share> shares = sharesOfMove(tents, need, chosenTents);
        moveBeds(toCamp, shares, stays, tents, need);
        Instant now = Instant.now(clock);
        List<CampStay> nextStays = new ArrayList<>();
        int next = 0;
        for (TentProposal.Share share : shares) {
            for (int bed = 0; bed < share.beds(); bed++) {
                CampStay stay = stays.get(next++);
                nextStays.add(stay.moveTo(toCamp, share.tentId(), today(), note, now, currentUser.username()));
            }
        }
        em.flush();   // the ended stays first: a person holds one bed at a time (camp_stay_one_bed_per_person)
        nextStays.forEach(em::persist);
        placed.fire(new HouseholdPlaced(household.value(), toCamp.value()));
        audit.record(AuditAction.UPDATE, "CampStay", household.value(), "moved from " + fromCamp + " to " + toCamp + ", tents "
                + shares.stream().map(s -> String.valueOf(s.number())).toList());
        idempotent.remember(idempotencyKey, operation, stays.size() + " persons");
        em.flush();
        return shares;
    }

    /** The tents a move goes to: those chosen, if they can take the household together, or those Refuge proposes. */
    private static List<TentProposal.Share> sharesOfMove(List<TentProposal.Tent> tents, TentProposal.Household need,
                                                        List<UUID> chosenTents) {
        if (chosenTents == null || chosenTents.isEmpty()) {
            return TentProposal.propose(tents, need).orElseThrow(() -> CampRefusals.accommodation(TentProposal.whyNoRoom(tents, need)));
        }
        List<TentProposal.Tent> chosen = tents.stream().filter(t -> chosenTents.contains(t.id())).toList();
        if (chosen.size() != chosenTents.stream().distinct().count()) {
            throw CampRefusals.accommodation("full", TentProposal.propose(tents, need).orElse(List.of()));
        }
        Optional<String> broken = TentProposal.check(chosen, need);
        if (broken.isPresent()) {
            throw CampRefusals.accommodation(broken.get(), TentProposal.propose(tents, need).orElse(List.of()));
        }
        return TentProposal.fill(chosen, need.persons());
    }

    /**
     * Beds taken in the new tents and given back in the old ones, in one pass in the order of tent ids; a tent that
     * no longer has the beds refuses the whole move ("full", with a fresh proposal), beds taken before included.
     */
    private void moveBeds(CampCode toCamp, List<TentProposal.Share> shares, List<CampStay> stays, List<TentProposal.Tent> tents,
                          TentProposal.Household need) {
        java.util.SortedMap<UUID, Integer> change = new java.util.TreeMap<>();
        shares.forEach(share -> change.put(share.tentId(), share.beds()));
        stays.forEach(stay -> change.merge(stay.structureId(), -1, Integer::sum));
        for (Map.Entry<UUID, Integer> tent : change.entrySet()) {
            if (tent.getValue() < 0) {
                beds.release(tent.getKey(), -tent.getValue());
            } else if (!beds.take(toCamp, tent.getKey(), tent.getValue(), need)) {
                throw CampRefusals.accommodation("full", TentProposal.propose(tents, need).orElse(List.of()));
            }
        }
    }

    /** The beds a household holds in a camp, tent by tent (a retried move's answer). */
    private List<TentProposal.Share> held(RegistryNumber household, CampCode camp) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT t.id AS id, t.number AS number, count(*) AS beds FROM camp_stay s "
                        + "JOIN camp_structure t ON t.id = s.structure_id "
                        + "JOIN registration_accommodation_household h ON h.id = s.household_id WHERE h.registry_number = :n AND s.camp_code = :c "
                        + "AND s.status IN ('ALLOCATED', 'CHECKED_IN') GROUP BY t.id, t.number ORDER BY t.number", Tuple.class)
                .setParameter("n", household.value()).setParameter("c", camp.value()).getResultList();
        return rows.stream().map(r -> new TentProposal.Share(r.get("id", UUID.class), ((Number) r.get("number")).intValue(),
                ((Number) r.get("beds")).intValue())).toList();
    }

    /**
     * Closes a camp after the manager confirmed it: everyone checked in is checked out ("camp closed") and its beds
     * are free. Refused while people are on their way to it: they are moved or declared no-shows first.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public int close(@NotNull CampCode code) {
        currentUser.requireSite(code);
        Camp camp = em.find(Camp.class, code.value(), LockModeType.PESSIMISTIC_WRITE);
        if (camp == null) {
            throw Site.unknown();
        }
        if (camp.status() == org.refuge.camps.domain.CampStatus.CLOSED) {
            throw CampRefusals.campRule("closed");
        }
        List<CampStay> stays = em.createQuery("select s from CampStay s where s.campCode = :c and s.status in :held order by s.id", CampStay.class)
                .setParameter("c", code.value()).setParameter("held", List.of(StayStatus.ALLOCATED, StayStatus.CHECKED_IN))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (stays.stream().anyMatch(s -> s.status() == StayStatus.ALLOCATED)) {
            throw CampRefusals.campRule("inTransit");
        }
        Instant now = Instant.now(clock);
        for (CampStay stay : stays) {
            stay.checkOut(DepartureReason.CAMP_CLOSED, today(), null, now, currentUser.username());
        }
        releaseBeds(stays);
        em.flush();
        camp.close(0);
        setUpProcess.campClosed(code);
        audit.record(AuditAction.UPDATE, "Camp", code.value(), "closed, " + stays.size() + " persons checked out");
        em.flush();
        return stays.size();
    }

    /**
     * Where a household's members have stayed, oldest first. Camp staff see the stays in their camps; supervisors,
     * caseworkers and social workers of the household's camps see them all.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.CASEWORKER, Roles.SOCIAL_WORKER})
    public List<StayRecord> history(@NotNull RegistryNumber household) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT p.given_name || ' ' || p.family_name AS name, s.camp_code AS camp_code, t.number AS tent_number,
                               s.status AS status, s.allocated_at AS allocated_at, s.checked_in_at AS checked_in_at,
                               s.ended_on AS ended_on, s.end_reason AS end_reason, s.end_note AS end_note
                        FROM camp_stay s JOIN registration_accommodation_household h ON h.id = s.household_id
                        JOIN registration_accommodation_member p ON p.id = s.person_id
                        JOIN camp_structure t ON t.id = s.structure_id
                        WHERE h.registry_number = :n AND (:all OR s.camp_code IN (:sites))
                        ORDER BY s.allocated_at, p.birth_date""", Tuple.class)
                .setParameter("n", household.value()).setParameter("all", currentUser.seesAllSites())
                .setParameter("sites", currentUser.sites().isEmpty() ? List.of("") : currentUser.sites()).getResultList();
        audit.record(AuditAction.READ, "CampStay", household.value(), "accommodation history");
        return rows.stream().map(r -> {
            String reason = r.get("end_reason", String.class);
            return new StayRecord(r.get("name", String.class), r.get("camp_code", String.class), ((Number) r.get("tent_number")).intValue(),
                    StayStatus.valueOf(r.get("status", String.class)), SqlValues.instant(r.get("allocated_at")),
                    SqlValues.instant(r.get("checked_in_at")), SqlValues.date(r.get("ended_on")),
                    reason == null ? null : DepartureReason.valueOf(reason), r.get("end_note", String.class));
        }).toList();
    }

    /** The household's stays holding beds in this camp (those named, or all), locked for this change. */
    private List<CampStay> current(CampCode camp, RegistryNumber number, List<UUID> stayIds) {
        currentUser.requireSite(camp);
        HouseholdToPlace household = households.byRegistryNumber(number).orElseThrow(RegistryFacts::unknownHousehold);
        households.lock(household.id());
        List<CampStay> stays = em.createQuery("select s from CampStay s where s.householdId = :h and s.campCode = :c "
                        + "and s.status in :held order by s.id", CampStay.class)
                .setParameter("h", household.id()).setParameter("c", camp.value())
                .setParameter("held", List.of(StayStatus.ALLOCATED, StayStatus.CHECKED_IN))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (stayIds != null && !stayIds.isEmpty()) {
            stays = stays.stream().filter(s -> stayIds.contains(s.id())).toList();
            if (stays.size() != stayIds.stream().distinct().count()) {
                throw CampRefusals.accommodation("stayState");
            }
        }
        if (stays.isEmpty()) {
            throw CampRefusals.accommodation("stayState");
        }
        return stays;
    }

    private CampStay stay(UUID stayId) {
        CampStay stay = em.find(CampStay.class, stayId);
        if (stay == null) {
            throw CampRefusals.accommodation("stayState");
        }
        currentUser.requireSite(stay.campCode());
        households.lock(stay.householdId());
        em.refresh(stay, LockModeType.PESSIMISTIC_WRITE);
        return stay;
    }

    /** The state of the transport a stay travels on, or null without one. */
    private ManifestStatus manifestStatus(CampStay stay) {
        return stay.manifestId() == null ? null : em.createQuery("select m.status from TransferManifest m where m.id = :m",
                ManifestStatus.class).setParameter("m", stay.manifestId()).getSingleResult();
    }

    /** Gives back the beds of ended stays, tent by tent in the order of tent ids (as every change of beds). */
    private void releaseBeds(List<CampStay> ended) {
        java.util.SortedMap<UUID, Integer> perTent = new java.util.TreeMap<>();
        ended.forEach(stay -> perTent.merge(stay.structureId(), 1, Integer::sum));
        perTent.forEach(beds::release);
    }

    /** The household's arrival process ends once nobody of it is awaited in the camp any more. */
    private void arrivalDone(CampStay stay) {
        arrivalSteps.nobodyAwaited(stay.householdId(), registryNumber(stay), stay.campCode());
    }

    private RegistryNumber registryNumber(CampStay stay) {
        return households.registryNumber(stay.householdId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }


}
