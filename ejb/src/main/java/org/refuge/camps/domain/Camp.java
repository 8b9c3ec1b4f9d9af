package org.refuge.camps.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.shared.CampCode;

/**
 * A temporary camp on a site of kind CAMP: its land, its status and whether power is supplied. Its structures and
 * figures live beside it ({@link CampStructure}, {@link CampFigures}); it opens only when its set-up checklist allows.
 */
@Entity
@Table(name = "camp")
public class Camp {

    /** The action plan's camp: up to two hectares. */
    public static final int PLAN_AREA_M2 = 20_000;

    @Id
    @Column(name = "site_code", length = 40)
    private String siteCode;

    @Column(name = "area_m2", nullable = false)
    private int areaM2;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CampStatus status;

    @Column(name = "power_supply", nullable = false)
    private boolean powerSupply;

    @Column(name = "set_up_at", nullable = false, updatable = false)
    private Instant setUpAt;

    @Column(name = "set_up_by", nullable = false, updatable = false, length = 100)
    private String setUpBy;

    @Version
    private long version;

    protected Camp() {
    }

    /** Land allocated for a camp on a camp site. */
    public static Camp plan(CampCode code, int areaM2, Instant now, String user) {
        if (areaM2 <= 0) {
            throw new IllegalArgumentException("A camp needs land");
        }
        Camp camp = new Camp();
        camp.siteCode = Objects.requireNonNull(code).value();
        camp.areaM2 = areaM2;
        camp.status = CampStatus.PLANNED;
        camp.setUpAt = now;
        camp.setUpBy = Objects.requireNonNull(user);
        return camp;
    }

    /** A structure was installed: a planned camp is now being set up. */
    public void structureInstalled() {
        requireNotClosed();
        if (status == CampStatus.PLANNED) {
            status = CampStatus.SETTING_UP;
        }
    }

    public void changeArea(int newAreaM2) {
        requireNotClosed();
        if (newAreaM2 <= 0) {
            throw new IllegalArgumentException("A camp needs land");
        }
        areaM2 = newAreaM2;
    }

    public void powerSupply(boolean supplied) {
        requireNotClosed();
        powerSupply = supplied;
    }

    /** Opens the camp for arrivals when every measure of its set-up checklist is done. */
    public void open(Checklist checklist) {
        requireNotClosed();
        if (!checklist.complete()) {
            throw CampRefusals.campRule("checklist");
        }
        status = CampStatus.OPEN;
    }

    /** Closes the camp; nobody may be accommodated in it any more. */
    public void close(int occupiedBeds) {
        if (occupiedBeds > 0) {
            throw CampRefusals.campRule("occupied");
        }
        status = CampStatus.CLOSED;
    }

    private void requireNotClosed() {
        if (status == CampStatus.CLOSED) {
            throw CampRefusals.campRule("closed");
        }
    }

    public CampCode code() { return new CampCode(siteCode); }
    public int areaM2() { return areaM2; }
    public CampStatus status() { return status; }
    public boolean powerSupply() { return powerSupply; }
    public Instant setUpAt() { return setUpAt; }
    public String setUpBy() { return setUpBy; }
}
