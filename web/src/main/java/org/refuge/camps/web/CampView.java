package org.refuge.camps.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.CampForms;
import org.refuge.camps.application.CampService;
import org.refuge.camps.application.CampService.StructureView;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampRuleException;
import org.refuge.camps.domain.StructureKind;
import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.site.UnknownSiteException;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;

/**
 * One camp ({@code ?code=}): its figures and norm indicators, the set-up checklist, the set-up forms (tents by the
 * hundred, staff tents, water and sanitary points, power, daily water) and the board of tents coloured by occupancy.
 */
@Named
@ViewScoped
public class CampView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampService camps;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    private String code;
    private CampService.CampView camp;
    private CampForms.Tents tents = new CampForms.Tents();
    private CampForms.WaterPoint waterPoint = new CampForms.WaterPoint();
    private CampForms.Water water = new CampForms.Water();
    private StructureKind staffKind = StructureKind.SMS_STAFF_TENT;
    private boolean onlyFree;
    private boolean onlyAccessible;

    public void load() {
        camp = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            camp = camps.camp(code, true);
        } catch (UnknownSiteException e) {
            messages.error("camp.unknown");
        } catch (SiteAccessDeniedException e) {
            messages.error("household.otherSite");
        }
    }

    public void addTents() {
        run(() -> camps.addTents(code, tents), "camp.tentsAdded", Map.of("count", "tents-form:count", "beds", "tents-form:beds",
                "coveredM2", "tents-form:covered"));
    }

    public void addStaffTent() {
        run(() -> camps.addStaffTent(code, staffKind, new BigDecimal("70")), "camp.saved", Map.of());
    }

    public void addWaterPoint() {
        run(() -> camps.addWaterPoint(code, waterPoint), "camp.saved", Map.of("taps", "water-point-form:taps",
                "toilets", "water-point-form:toilets", "showers", "water-point-form:showers", "anyFacility", "water-point-form:taps"));
    }

    public void recordWater() {
        run(() -> camps.recordWater(code, water), "camp.saved", Map.of("day", "water-form:day", "litres", "water-form:litres"));
    }

    public void power(boolean supplied) {
        run(() -> camps.powerSupply(code, supplied), "camp.saved", Map.of());
    }

    public void open() {
        run(() -> camps.open(code), "camp.opened", Map.of());
    }

    public void service(UUID structure, boolean inService) {
        run(() -> camps.service(structure, inService), "camp.saved", Map.of());
    }

    private void run(Runnable change, String done, Map<String, String> fields) {
        try {
            change.run();
            messages.info(done, code);
            load();
        } catch (EJBException e) {
            if (!formErrors.show(e, fields)) {
                throw e;
            }
        } catch (CampRuleException e) {
            messages.refusal(null, e.messageKey());
        }
    }

    /** The accommodation tents of the board, filtered. */
    public List<StructureView> getTents() {
        if (camp == null) {
            return List.of();
        }
        return camp.structures().stream().filter(s -> "TENT".equals(s.kind()))
                .filter(s -> !onlyFree || (s.inService() && s.occupied() < s.beds()))
                .filter(s -> !onlyAccessible || s.accessible()).toList();
    }

    public List<StructureView> getOtherStructures() {
        return camp == null ? List.of() : camp.structures().stream().filter(s -> !"TENT".equals(s.kind())).toList();
    }

    /** The colour class of a tent on the board: out of service, empty, partly or fully occupied. */
    public String occupancyClass(StructureView tent) {
        if (!tent.inService()) {
            return "rf-tent-out";
        }
        if (tent.occupied() == 0) {
            return "rf-tent-empty";
        }
        return tent.occupied() >= tent.beds() ? "rf-tent-full" : "rf-tent-partly";
    }

    public StructureKind[] getStaffKinds() {
        return new StructureKind[] {StructureKind.SMS_STAFF_TENT, StructureKind.MEDICAL_SOCIAL_TENT, StructureKind.POLICE_TENT};
    }

    public CampFigures getFigures() { return camp == null ? null : camp.figures(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public CampForms.Tents getTentsForm() { return tents; }
    public CampForms.WaterPoint getWaterPoint() { return waterPoint; }
    public CampForms.Water getWater() { return water; }
    public StructureKind getStaffKind() { return staffKind; }
    public void setStaffKind(StructureKind staffKind) { this.staffKind = staffKind; }
    public boolean isOnlyFree() { return onlyFree; }
    public void setOnlyFree(boolean onlyFree) { this.onlyFree = onlyFree; }
    public boolean isOnlyAccessible() { return onlyAccessible; }
    public void setOnlyAccessible(boolean onlyAccessible) { this.onlyAccessible = onlyAccessible; }
}
