package org.refuge.camps.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.refuge.camps.domain.Camp;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStructure;
import org.refuge.camps.domain.CapacityPlan;
import org.refuge.camps.domain.Checklist;
import org.refuge.camps.domain.StructureKind;
import org.refuge.camps.infrastructure.CampFiguresQuery;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteKind;
import org.refuge.shared.CampCode;

/**
 * Setting up and running temporary camps: land, tents by the hundred, the action plan's staff tents, water and
 * sanitary points, power, daily water supply, opening when the checklist allows; the figures every screen shows; and
 * capacity planning for projected arrivals. Camp managers work on their own camps, supervisors on all.
 */
@Stateless
public class CampService {

    @PersistenceContext
    EntityManager em;

    @Inject
    org.refuge.platform.persistence.IdempotentRequests idempotent;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    CampFiguresQuery figures;

    @Inject
    CampSetUpWorkflow setUpProcess;

    private final Clock clock = Clock.systemUTC();

    /** A camp and its structures, as the camp's page shows them. */
    public record CampView(CampFigures figures, List<StructureView> structures) {
    }

    public record StructureView(UUID id, String kind, int number, int beds, int occupied, BigDecimal coveredM2, int taps,
                                int toilets, int showers, boolean accessible, boolean inService) {
        static StructureView of(CampStructure s) {
            return new StructureView(s.id(), s.kind().name(), s.number(), s.beds(), s.occupied(), s.coveredM2(), s.taps(),
                    s.toilets(), s.showers(), s.accessible(), s.inService());
        }
    }

    /** Allocates land on a camp site for a camp: the start of its set-up. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures setUp(@NotNull CampCode camp, @Min(value = 1, message = "{refuge.camp.area}")
                             @Max(value = 10_000_000, message = "{refuge.camp.area}") int areaM2) {
        currentUser.requireSite(camp);
        Site site = em.find(Site.class, camp.value());
        if (site == null || site.kind() != SiteKind.CAMP || !site.active()) {
            throw Site.unknown();
        }
        Camp existing = em.find(Camp.class, camp.value(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            em.persist(Camp.plan(camp, areaM2, Instant.now(clock), currentUser.username()));
            audit.record(AuditAction.CREATE, "Camp", camp.value(), "camp set up on " + areaM2 + " m2");
            setUpProcess.campPlanned(camp);
        } else {
            existing.changeArea(areaM2);
            audit.record(AuditAction.UPDATE, "Camp", camp.value(), "area " + areaM2 + " m2");
        }
        em.flush();
        return progressed(camp);
    }

    /** Installs {@code count} accommodation tents of one type, numbered after the camp's last tent. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures addTents(@NotNull CampCode code, @NotNull @Valid CampForms.Tents tents) {
        return addTents(code, tents, null);
    }

    /** The same, once per {@code idempotencyKey}: a retry or a double click adds no second row of tents. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures addTents(@NotNull CampCode code, @NotNull @Valid CampForms.Tents tents,
                                @jakarta.validation.constraints.Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        Camp camp = camp(code);
        String operation = "add tents to " + code;
        if (idempotent.earlier(idempotencyKey, operation).isPresent()) {
            return progressed(code);
        }
        int next = nextNumber(code, StructureKind.TENT);
        for (int i = 0; i < tents.getCount(); i++) {
            em.persist(CampStructure.tent(code, next + i, tents.getBeds(), tents.getCoveredM2(), tents.isAccessible()));
        }
        camp.structureInstalled();
        audit.record(AuditAction.UPDATE, "Camp", code.value(), tents.getCount() + " tents x " + tents.getBeds() + " beds");
        idempotent.remember(idempotencyKey, operation, tents.getCount() + " tents");
        em.flush();
        return progressed(code);
    }

    /** Installs one staff tent (migration service, medical and social, police). */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures addStaffTent(@NotNull CampCode code, @NotNull StructureKind kind,
                                    @jakarta.validation.constraints.DecimalMin(value = "0", message = "{refuge.camp.tents.covered}")
                                    @jakarta.validation.constraints.DecimalMax(value = "2000", message = "{refuge.camp.tents.covered}") BigDecimal coveredM2) {
        Camp camp = camp(code);
        em.persist(CampStructure.staffTent(code, kind, nextNumber(code, kind), coveredM2));
        camp.structureInstalled();
        audit.record(AuditAction.UPDATE, "Camp", code.value(), "staff tent " + kind.name());
        em.flush();
        return progressed(code);
    }

    /** Installs one water and sanitary point. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures addWaterPoint(@NotNull CampCode code, @NotNull @Valid CampForms.WaterPoint point) {
        Camp camp = camp(code);
        em.persist(CampStructure.waterPoint(code, nextNumber(code, StructureKind.WATER_SANITARY_POINT),
                point.getTaps(), point.getToilets(), point.getShowers()));
        camp.structureInstalled();
        audit.record(AuditAction.UPDATE, "Camp", code.value(), "water and sanitary point");
        em.flush();
        return progressed(code);
    }

    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures powerSupply(@NotNull CampCode code, boolean supplied) {
        camp(code).powerSupply(supplied);
        audit.record(AuditAction.UPDATE, "Camp", code.value(), supplied ? "power supplied" : "no power supply");
        em.flush();
        return progressed(code);
    }

    /** The water delivered on a day (the latest day counts for the litres-per-person indicator). */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures recordWater(@NotNull CampCode code, @NotNull @Valid CampForms.Water water) {
        camp(code);
        em.createNativeQuery("INSERT INTO camp_water_supply (camp_code, day, litres, recorded_at, recorded_by) "
                        + "VALUES (:c, :d, :l, :at, :by) ON CONFLICT (camp_code, day) DO UPDATE SET litres = EXCLUDED.litres, "
                        + "recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by")
                .setParameter("c", code.value()).setParameter("d", water.getDay()).setParameter("l", water.getLitres())
                .setParameter("at", Instant.now(clock)).setParameter("by", currentUser.username()).executeUpdate();
        audit.record(AuditAction.UPDATE, "Camp", code.value(), "water " + water.getDay() + ": " + water.getLitres() + " l");
        return figures(code);
    }

    /** Opens the camp for arrivals; refused until every measure of its checklist is done. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures open(@NotNull CampCode code) {
        Camp camp = camp(code);
        camp.open(figures(code).checklist());
        audit.record(AuditAction.UPDATE, "Camp", code.value(), "opened");
        em.flush();
        CampFigures opened = progressed(code);
        setUpProcess.campOpened(code);
        return opened;
    }

    /** Takes a structure out of service (an occupied tent is refused: its households are moved first) or back in. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CampFigures service(@NotNull UUID structureId, boolean inService) {
        CampStructure structure = em.find(CampStructure.class, structureId);
        if (structure == null) {
            throw Site.unknown();
        }
        camp(structure.campCode());
        if (inService) {
            structure.returnToService();
        } else {
            structure.takeOutOfService();
        }
        audit.record(AuditAction.UPDATE, "Camp", structure.campCode().value(), structure.kind() + " " + structure.number()
                + (inService ? " back in service" : " out of service"));
        em.flush();
        return progressed(structure.campCode());
    }

    /** One camp with its structures, within the reader's sites. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public CampView camp(@NotNull CampCode code, boolean withStructures) {
        readable(code);
        List<StructureView> structures = !withStructures ? List.of() : em.createQuery(
                        "select s from CampStructure s where s.campCode = :c order by s.kind, s.number", CampStructure.class)
                .setParameter("c", code.value()).getResultStream().map(StructureView::of).toList();
        return new CampView(figures(code), structures);
    }

    /** The figures of every camp the reader may see: all for supervisors, their own for camp staff. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public List<CampFigures> overview() {
        return figures.figures(currentUser.seesAllSites() ? null : currentUser.sites());
    }

    /** Camp sites without a camp yet, among the reader's sites: where a camp can be set up. */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public List<CampCode> sitesWithoutCamp() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT s.code FROM site s WHERE s.kind = 'CAMP' AND s.active "
                + "AND NOT EXISTS (SELECT 1 FROM camp c WHERE c.site_code = s.code) ORDER BY s.code").getResultList();
        return codes.stream().filter(code -> currentUser.seesAllSites() || currentUser.sites().contains(code))
                .map(CampCode::new).toList();
    }

    /**
     * What a projected number of arrivals needs by the emergency norms, against what the open and being-set-up
     * camps have free now.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public CapacityPlan plan(@Min(value = 0, message = "{refuge.camp.plan.arrivals}") @Max(value = 10_000_000, message = "{refuge.camp.plan.arrivals}") int arrivals,
                             @Min(value = 1, message = "{refuge.camp.tents.beds}") @Max(value = 100, message = "{refuge.camp.tents.beds}") int bedsPerTent) {
        List<CampFigures> camps = figures.figures(null).stream()
                .filter(c -> c.status() != org.refuge.camps.domain.CampStatus.CLOSED).toList();
        Number emptyTents = (Number) em.createNativeQuery("SELECT count(*) FROM camp_structure t JOIN camp c ON c.site_code = t.camp_code "
                + "WHERE t.kind = 'TENT' AND t.in_service AND t.occupied = 0 AND c.status <> 'CLOSED'").getSingleResult();
        CapacityPlan.Available have = new CapacityPlan.Available(emptyTents.intValue(),
                camps.stream().mapToInt(CampFigures::free).sum(), camps.stream().mapToInt(CampFigures::areaM2).sum(),
                camps.stream().mapToDouble(CampFigures::coveredM2).sum(),
                camps.stream().mapToInt(c -> c.latestWaterLitres() == null ? 0 : c.latestWaterLitres()).sum(),
                camps.stream().mapToInt(CampFigures::taps).sum(), camps.stream().mapToInt(CampFigures::toilets).sum(),
                camps.stream().mapToInt(CampFigures::showers).sum());
        return CapacityPlan.of(arrivals, bedsPerTent, have);
    }

    /** The figures after a set-up change, whose measures now done complete their tasks in the set-up process. */
    private CampFigures progressed(CampCode code) {
        CampFigures now = figures(code);
        Set<Checklist.Measure> done = EnumSet.noneOf(Checklist.Measure.class);
        now.checklist().items().stream().filter(Checklist.Item::done).forEach(item -> done.add(item.measure()));
        setUpProcess.measuresDone(code, done);
        return now;
    }

    private CampFigures figures(CampCode code) {
        return figures.figures(List.of(code.value())).get(0);
    }

    /** The camp to change, locked: structures are numbered and counted one change at a time. */
    private Camp camp(CampCode code) {
        currentUser.requireSite(code);
        Camp camp = em.find(Camp.class, code.value(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (camp == null) {
            throw Site.unknown();
        }
        return camp;
    }

    private void readable(CampCode code) {
        currentUser.requireSite(code);
        if (em.find(Camp.class, code.value()) == null) {
            throw Site.unknown();
        }
    }

    private int nextNumber(CampCode code, StructureKind kind) {
        Number last = (Number) em.createNativeQuery("SELECT coalesce(max(number), 0) FROM camp_structure WHERE camp_code = :c AND kind = :k")
                .setParameter("c", code.value()).setParameter("k", kind.name()).getSingleResult();
        return last.intValue() + 1;
    }
}
