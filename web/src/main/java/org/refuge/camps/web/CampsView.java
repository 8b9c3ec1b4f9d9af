package org.refuge.camps.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.CampService;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CapacityPlan;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.shared.CampCode;

/**
 * The camps overview: every camp the user may see with capacity against occupancy, its arrival rate and the days
 * until it is full at that rate, and its norm warnings; setting up a camp on a camp site that has none; and capacity
 * planning for a projected number of arrivals.
 */
@Named
@ViewScoped
public class CampsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampService camps;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    private List<CampFigures> overview;
    private CampCode newSite;
    private Integer newAreaM2 = 20_000;
    private Integer arrivals = 10_000;
    private Integer bedsPerTent = 20;
    private CapacityPlan plan;

    public List<CampFigures> getOverview() {
        if (overview == null) {
            overview = camps.overview();
        }
        return overview;
    }

    public int getTotalBeds() { return getOverview().stream().mapToInt(CampFigures::beds).sum(); }
    public int getTotalOccupied() { return getOverview().stream().mapToInt(CampFigures::occupied).sum(); }
    public int getTotalFree() { return getOverview().stream().mapToInt(CampFigures::free).sum(); }

    public List<CampCode> getSitesWithoutCamp() {
        return camps.sitesWithoutCamp();
    }

    /** Sets up a camp and opens its page. */
    public String setUp() {
        try {
            camps.setUp(newSite, newAreaM2 == null ? 0 : newAreaM2);
            return "/camps/camp?faces-redirect=true&site=" + newSite;
        } catch (EJBException e) {
            if (!formErrors.show(e, java.util.Map.of("areaM2", "setup-form:area", "camp", "setup-form:site"))) {
                throw e;
            }
            return null;
        }
    }

    public void computePlan() {
        try {
            plan = camps.plan(arrivals == null ? 0 : arrivals, bedsPerTent == null ? 20 : bedsPerTent);
        } catch (EJBException e) {
            if (!formErrors.show(e, java.util.Map.of("arrivals", "plan-form:arrivals", "bedsPerTent", "plan-form:beds"))) {
                throw e;
            }
        }
    }

    /** The rows of the plan for the table: what, needed, available, gap. */
    public List<Object[]> getPlanRows() {
        if (plan == null) {
            return List.of();
        }
        return List.of(new Object[] {"tents", plan.tents()}, new Object[] {"beds", plan.beds()},
                new Object[] {"siteArea", plan.siteAreaM2()}, new Object[] {"covered", plan.coveredM2()},
                new Object[] {"water", plan.waterLitresPerDay()}, new Object[] {"taps", plan.taps()},
                new Object[] {"toilets", plan.toilets()}, new Object[] {"showers", plan.showers()});
    }

    public CampCode getNewSite() { return newSite; }
    public void setNewSite(CampCode newSite) { this.newSite = newSite; }
    public Integer getNewAreaM2() { return newAreaM2; }
    public void setNewAreaM2(Integer newAreaM2) { this.newAreaM2 = newAreaM2; }
    public Integer getArrivals() { return arrivals; }
    public void setArrivals(Integer arrivals) { this.arrivals = arrivals; }
    public Integer getBedsPerTent() { return bedsPerTent; }
    public void setBedsPerTent(Integer bedsPerTent) { this.bedsPerTent = bedsPerTent; }
    public CapacityPlan getPlan() { return plan; }
}
