package org.refuge.camps.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.shared.CampCode;

/**
 * One structure of a camp, numbered per kind: an accommodation tent (beds, covered m², accessible or not), a staff
 * tent, or a water and sanitary point (taps, toilets, showers). A tent taken out of service must be empty first.
 */
@Entity
@Table(name = "camp_structure")
public class CampStructure {

    public static final int MAX_BEDS = 100;

    @Id
    private UUID id;

    @Column(name = "camp_code", nullable = false, updatable = false, length = 40)
    private String campCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private StructureKind kind;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false)
    private int beds;

    @Column(nullable = false)
    private int occupied;

    @Column(name = "covered_m2", nullable = false, precision = 7, scale = 1)
    private BigDecimal coveredM2;

    @Column(nullable = false)
    private int taps;

    @Column(nullable = false)
    private int toilets;

    @Column(nullable = false)
    private int showers;

    @Column(nullable = false)
    private boolean accessible;

    @Column(name = "in_service", nullable = false)
    private boolean inService;

    @Version
    private long version;

    protected CampStructure() {
    }

    public static CampStructure tent(CampCode camp, int number, int beds, BigDecimal coveredM2, boolean accessible) {
        if (beds < 1 || beds > MAX_BEDS) {
            throw new IllegalArgumentException("A tent has 1 to " + MAX_BEDS + " beds");
        }
        CampStructure tent = structure(camp, StructureKind.TENT, number);
        tent.beds = beds;
        tent.coveredM2 = coveredM2 == null ? BigDecimal.ZERO : coveredM2;
        tent.accessible = accessible;
        return tent;
    }

    public static CampStructure staffTent(CampCode camp, StructureKind kind, int number, BigDecimal coveredM2) {
        if (kind == StructureKind.TENT || kind == StructureKind.WATER_SANITARY_POINT) {
            throw new IllegalArgumentException("Not a staff tent: " + kind);
        }
        CampStructure tent = structure(camp, kind, number);
        tent.coveredM2 = coveredM2 == null ? BigDecimal.ZERO : coveredM2;
        return tent;
    }

    public static CampStructure waterPoint(CampCode camp, int number, int taps, int toilets, int showers) {
        if (taps < 0 || toilets < 0 || showers < 0 || taps + toilets + showers == 0) {
            throw new IllegalArgumentException("A water and sanitary point has taps, toilets or showers");
        }
        CampStructure point = structure(camp, StructureKind.WATER_SANITARY_POINT, number);
        point.taps = taps;
        point.toilets = toilets;
        point.showers = showers;
        return point;
    }

    private static CampStructure structure(CampCode camp, StructureKind kind, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Numbers start at 1");
        }
        CampStructure structure = new CampStructure();
        structure.id = UUID.randomUUID();
        structure.campCode = Objects.requireNonNull(camp).value();
        structure.kind = kind;
        structure.number = number;
        structure.coveredM2 = BigDecimal.ZERO;
        structure.inService = true;
        return structure;
    }

    /** Out of service (damaged, flooded): only an empty tent; its households are moved first. */
    public void takeOutOfService() {
        if (occupied > 0) {
            throw CampRefusals.campRule("occupied");
        }
        inService = false;
    }

    public void returnToService() {
        inService = true;
    }

    public int free() {
        return inService ? beds - occupied : 0;
    }

    public UUID id() { return id; }
    public CampCode campCode() { return new CampCode(campCode); }
    public StructureKind kind() { return kind; }
    public int number() { return number; }
    public int beds() { return beds; }
    public int occupied() { return occupied; }
    public BigDecimal coveredM2() { return coveredM2; }
    public int taps() { return taps; }
    public int toilets() { return toilets; }
    public int showers() { return showers; }
    public boolean accessible() { return accessible; }
    public boolean inService() { return inService; }
}
