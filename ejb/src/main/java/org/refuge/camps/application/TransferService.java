package org.refuge.camps.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.domain.CampStay;
import org.refuge.camps.domain.ManifestStatus;
import org.refuge.camps.domain.TransferManifest;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.site.Site;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Transfers from a border crossing point to a camp: households allocated to a camp and not yet on a manifest, the
 * manifests (vehicle, driver, departure, households and head counts), boarding confirmed at departure and arrival at
 * the camp, which moves each household's arrival process on to check-in. Camp managers of the camp and supervisors.
 */
@Stateless
@RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
public class TransferService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    AccommodationWorkflow workflow;

    @Inject
    HouseholdsToPlace registered;

    @Inject
    RefugeSettings settings;

    @Inject
    ArrivalSteps arrivalSteps;

    private final Clock clock = Clock.systemUTC();

    /** A household allocated to the camp and waiting for transport. */
    public record ToTransfer(String registryNumber, String fromSite, String headName, int persons, String tents,
                             Instant allocatedAt) {
    }

    public record ManifestHousehold(String registryNumber, String headName, int persons, Boolean boarded) {
    }

    public record ManifestView(UUID id, String number, String fromSite, String campCode, String vehicle, String driver,
                               Instant departureAt, ManifestStatus status, Instant departedAt, Instant arrivedAt,
                               List<ManifestHousehold> households) {
        public int persons() {
            return households.stream().mapToInt(ManifestHousehold::persons).sum();
        }

        public int boardedPersons() {
            return households.stream().filter(h -> Boolean.TRUE.equals(h.boarded())).mapToInt(ManifestHousehold::persons).sum();
        }
    }

    /** What waits for transport: stays allocated to camp {@code :c}, on no manifest, not moved here. */
    private static final String WAITING = """
            FROM camp_stay s JOIN registration_accommodation_household h ON h.id = s.household_id JOIN camp_structure t ON t.id = s.structure_id
            WHERE s.camp_code = :c AND s.status = 'ALLOCATED' AND s.manifest_id IS NULL AND s.moved_from IS NULL""";

    /**
     * One page of the households allocated to this camp with no manifest yet, by border crossing point and allocation
     * time, and how many households wait.
     */
    public Page<ToTransfer> waitingForTransfer(@NotNull CampCode camp, @NotNull PageRequest request) {
        currentUser.requireSite(camp);
        long total = ((Number) em.createNativeQuery("SELECT count(DISTINCT h.id) " + WAITING).setParameter("c", camp.value())
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT h.registry_number AS registry_number, h.site_code AS site_code, "
                        + "h.head_name AS head_name, count(*) AS persons, string_agg(DISTINCT t.number::text, ', ') AS tents, "
                        + "min(s.allocated_at) AS allocated_at " + WAITING
                        + " GROUP BY h.id, h.registry_number, h.site_code, h.head_name ORDER BY h.site_code, min(s.allocated_at), h.registry_number", Tuple.class)
                .setParameter("c", camp.value()).setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(rows.stream().map(r -> new ToTransfer(r.get("registry_number", String.class), r.get("site_code", String.class),
                r.get("head_name", String.class), ((Number) r.get("persons")).intValue(), r.get("tents", String.class),
                SqlValues.instant(r.get("allocated_at")))).toList(), total, request);
    }

    /**
     * Builds a manifest for households allocated to this camp from one border crossing point. The form's households are
     * registry numbers as sent; one that is not a registry number is refused by its position in the list.
     */
    public ManifestView createManifest(@NotNull CampCode camp, @NotNull @Valid AccommodationForms.Manifest form) {
        Set<RegistryNumber> numbers = new HashSet<>(BodyIds.registryNumbers("households", form.getHouseholds()));
        currentUser.requireSite(camp);
        if (em.createNativeQuery("SELECT 1 FROM camp WHERE site_code = :c").setParameter("c", camp.value()).getResultList().isEmpty()) {
            throw Site.unknown();
        }
        List<HouseholdToPlace> households = registered.byRegistryNumbers(numbers);
        if (households.isEmpty() || households.size() != numbers.size()) {
            throw CampRefusals.accommodation("manifest");
        }
        List<CampStay> stays = em.createQuery("select s from CampStay s where s.campCode = :c and s.householdId in :h", CampStay.class)
                .setParameter("c", camp.value()).setParameter("h", households.stream().map(HouseholdToPlace::id).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(s -> s.status() == org.refuge.camps.domain.StayStatus.ALLOCATED && s.manifestId() == null && s.movedFrom() == null)
                .toList();
        Set<String> sites = new HashSet<>();
        List<UUID> ids = new ArrayList<>();
        for (HouseholdToPlace h : households) {
            if (stays.stream().noneMatch(s -> s.householdId().equals(h.id()))) {
                throw CampRefusals.accommodation("manifest");
            }
            ids.add(h.id());
            sites.add(h.siteCode());
        }
        if (sites.size() != 1) {
            throw CampRefusals.accommodation("manifest");
        }
        Instant now = Instant.now(clock);
        Number sequence = (Number) em.createNativeQuery("SELECT nextval('transfer_manifest_number_seq')").getSingleResult();
        TransferManifest manifest = TransferManifest.plan("TM-%06d".formatted(sequence.longValue()), new SiteCode(sites.iterator().next()),
                camp, form.getVehicle(), form.getDriver(), form.getDeparture().atZone(settings.zone()).toInstant(),
                now, currentUser.username());
        em.persist(manifest);
        em.flush();
        for (UUID id : ids) {
            long persons = stays.stream().filter(s -> s.householdId().equals(id)).count();
            em.createNativeQuery("INSERT INTO transfer_manifest_household (manifest_id, household_id, persons) VALUES (:m, :h, :p)")
                    .setParameter("m", manifest.id()).setParameter("h", id).setParameter("p", (int) persons).executeUpdate();
        }
        stays.forEach(s -> s.joinManifest(manifest.id()));
        audit.record(AuditAction.CREATE, "TransferManifest", manifest.number(), ids.size() + " households, "
                + stays.size() + " persons, " + manifest.fromSite() + " to " + camp);
        em.flush();
        return manifest(manifest);
    }

    /**
     * The vehicle leaves: the households that boarded are confirmed; those that did not leave the manifest and wait
     * for another transport, their beds still held.
     */
    public ManifestView depart(@NotNull UUID manifestId, @NotNull Collection<RegistryNumber> boardedHouseholds) {
        TransferManifest manifest = lockedManifest(manifestId);
        Set<String> boarded = new HashSet<>();
        boardedHouseholds.forEach(n -> boarded.add(n.value()));
        manifest.depart(Instant.now(clock), currentUser.username());
        em.createNativeQuery("UPDATE transfer_manifest_household m SET boarded = (h.registry_number IN (:b)) "
                        + "FROM registration_accommodation_household h WHERE h.id = m.household_id AND m.manifest_id = :m")
                .setParameter("b", boarded.isEmpty() ? Set.of("") : boarded).setParameter("m", manifestId).executeUpdate();
        em.createNativeQuery("UPDATE camp_stay s SET manifest_id = NULL, version = s.version + 1 FROM transfer_manifest_household m "
                        + "WHERE m.manifest_id = :m AND NOT m.boarded AND s.household_id = m.household_id AND s.manifest_id = :m")
                .setParameter("m", manifestId).executeUpdate();
        audit.record(AuditAction.UPDATE, "TransferManifest", manifest.number(), "departed, " + boarded.size() + " households boarded");
        em.flush();
        return manifest(manifest);
    }

    /** The vehicle arrived at the camp: each boarded household's arrival process moves on to check-in. */
    public ManifestView arrive(@NotNull UUID manifestId) {
        TransferManifest manifest = lockedManifest(manifestId);
        manifest.arrive(Instant.now(clock), currentUser.username());
        @SuppressWarnings("unchecked")
        List<Tuple> boarded = em.createNativeQuery("SELECT h.id AS id, h.registry_number AS registry_number FROM transfer_manifest_household mh "
                + "JOIN registration_accommodation_household h ON h.id = mh.household_id WHERE mh.manifest_id = :m AND mh.boarded ORDER BY h.id",
                Tuple.class).setParameter("m", manifestId).getResultList();
        for (Tuple household : boarded) {
            RegistryNumber number = new RegistryNumber(household.get("registry_number", String.class));
            workflow.transferred(number);
            // a household whose members all ended their stays on the way is not awaited at check-in
            arrivalSteps.nobodyAwaited(household.get("id", UUID.class), number, manifest.campCode());
        }
        audit.record(AuditAction.UPDATE, "TransferManifest", manifest.number(), "arrived at " + manifest.campCode());
        em.flush();
        return manifest(manifest);
    }

    /** One page of the camp's manifests, latest departure first, and how many there are. */
    public Page<ManifestView> manifests(@NotNull CampCode camp, @NotNull PageRequest request) {
        currentUser.requireSite(camp);
        long total = em.createQuery("select count(m) from TransferManifest m where m.campCode = :c", Long.class)
                .setParameter("c", camp.value()).getSingleResult();
        return Page.of(em.createQuery("select m from TransferManifest m where m.campCode = :c order by m.departureAt desc, m.number desc",
                        TransferManifest.class).setParameter("c", camp.value()).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(this::manifest).toList(), total, request);
    }

    public ManifestView manifest(@NotNull UUID manifestId) {
        TransferManifest manifest = em.find(TransferManifest.class, manifestId);
        if (manifest == null) {
            throw Site.unknown();
        }
        currentUser.requireSite(manifest.campCode());
        return manifest(manifest);
    }

    private TransferManifest lockedManifest(UUID manifestId) {
        TransferManifest manifest = em.find(TransferManifest.class, manifestId, LockModeType.PESSIMISTIC_WRITE);
        if (manifest == null) {
            throw Site.unknown();
        }
        currentUser.requireSite(manifest.campCode());
        return manifest;
    }

    private ManifestView manifest(TransferManifest m) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT h.registry_number AS registry_number, h.head_name AS head_name, "
                        + "mh.persons AS persons, mh.boarded AS boarded "
                        + "FROM transfer_manifest_household mh JOIN registration_accommodation_household h ON h.id = mh.household_id "
                        + "WHERE mh.manifest_id = :m ORDER BY h.registry_number", Tuple.class)
                .setParameter("m", m.id()).getResultList();
        List<ManifestHousehold> households = rows.stream().map(r -> new ManifestHousehold(r.get("registry_number", String.class),
                r.get("head_name", String.class), ((Number) r.get("persons")).intValue(), Boolean.TRUE.equals(r.get("boarded")))).toList();
        return new ManifestView(m.id(), m.number(), m.fromSite().value(), m.campCode().value(), m.vehicle(), m.driver(), m.departureAt(),
                m.status(), m.departedAt(), m.arrivedAt(), households);
    }
}
