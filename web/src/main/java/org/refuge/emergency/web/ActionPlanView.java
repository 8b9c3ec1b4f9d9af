package org.refuge.emergency.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.emergency.application.ActionPlanWorkflow.PlanMeasure;
import org.refuge.emergency.application.EmergencyService;
import org.refuge.emergency.application.EmergencyService.ActionPlan;
import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.emergency.domain.InfluxEventStatus;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.protection.application.DecreeForm;
import org.refuge.protection.application.DecreeService;
import org.refuge.protection.application.DecreeService.DecreeView;
import org.refuge.registration.application.ReferenceDataService;

/**
 * The action-plan board of one influx event ({@code ?event=<id>}): arrivals against its threshold, activating the
 * plan once, the 18 measures by area with their groups, due times and state, and recording the government's decree,
 * which completes the plan's decree measure; the decrees in force below.
 */
@Named
@ViewScoped
public class ActionPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The areas of the plan in the brief's order. */
    static final List<String> AREAS = List.of("BCP", "CAMP", "AID", "TP");

    /** The decree form's field of each property the service validates, class-level rules included. */
    static final Map<String, String> DECREE_FIELDS = Map.of(
            "number", "decree-form:number",
            "adoptedOn", "decree-form:adopted-on",
            "inForceFrom", "decree-form:in-force-from",
            "inForceAfterAdoption", "decree-form:in-force-from",
            "arrivedFrom", "decree-form:arrived-from",
            "arrivedUntil", "decree-form:arrived-until",
            "arrivalWindowOrdered", "decree-form:arrived-until",
            "citizenships", "decree-form:citizenships",
            "someoneCovered", "decree-form:citizenships");

    /** One area of the plan and its measures, in the plan's order. */
    public record Area(String code, List<PlanMeasure> measures) {
        public long done() {
            return measures.stream().filter(PlanMeasure::done).count();
        }
    }

    /** A country to choose, labelled in the page's language. */
    public record Option(String code, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    EmergencyService emergencies;

    @Inject
    DecreeService decrees;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    RefugeSettings settings;

    @Inject
    Messages messages;

    @Inject
    Changes changes;

    /** The event asked for ({@code <f:viewParam name="event">}). */
    private String event;
    private UUID eventId;
    private DecreeForm decree = new DecreeForm();
    // read models, read again after each change; never kept across a passivation
    private transient ActionPlan plan;
    private transient List<DecreeView> inForce;
    private transient List<Option> countries;
    private transient Map<String, String> countryNames;

    /** View action: the event asked for; the page says so when there is none such. */
    public void load() {
        plan = null;
        eventId = parse(event);
        if (eventId == null || getPlan() == null) {
            eventId = null;
            return;
        }
        decree = newDecree();
    }

    public ActionPlan getPlan() {
        if (plan == null && eventId != null) {
            try {
                plan = emergencies.actionPlan(eventId);
            } catch (Refusal e) {
                if (e.kind() != Refusal.Kind.NOT_FOUND) {
                    throw e;
                }
                return null;
            }
        }
        return plan;
    }

    /** Activates the plan (after the confirmation): each measure becomes a task of its group with a due time. */
    public void activate() {
        changes.call(() -> emergencies.activatePlan(eventId), Map.of(), null).ifPresentOrElse(activated -> {
            plan = activated;
            messages.info("actionPlan.activated", activated.event().name());
        }, () -> plan = null);
    }

    /** Records the decree for this event; its measure is then done. What was typed stays when it is refused. */
    public void recordDecree() {
        decree.setInfluxEventId(eventId);
        changes.call(() -> decrees.record(decree), DECREE_FIELDS, "decree-form:number").ifPresent(recorded -> {
            messages.info("decree.recorded", recorded.number());
            decree = newDecree();
            plan = null;
            inForce = null;
        });
    }

    /**
     * Adopted and in force today, for arrivals since the day the event was declared; the rest is typed. "Today" is the
     * earlier of the day in the configured zone and on the server's clock, which Bean Validation's "past or present"
     * uses: a decree adopted today is never refused as adopted in the future.
     */
    private DecreeForm newDecree() {
        DecreeForm form = new DecreeForm();
        LocalDate local = LocalDate.now(settings.zone());
        LocalDate server = LocalDate.now();
        LocalDate today = local.isBefore(server) ? local : server;
        form.setAdoptedOn(today);
        form.setInForceFrom(today);
        ActionPlan current = getPlan();
        if (current != null) {
            form.setArrivedFrom(LocalDate.ofInstant(current.event().declaredAt(), settings.zone()));
        }
        return form;
    }

    /** The plan's measures by area, areas without measures left out (none before the plan is activated). */
    public List<Area> getAreas() {
        ActionPlan current = getPlan();
        if (current == null) {
            return List.of();
        }
        return AREAS.stream().map(area -> new Area(area, current.measures().stream().filter(m -> area.equals(m.area())).toList()))
                .filter(area -> !area.measures().isEmpty()).toList();
    }

    /** The state of a measure: DONE, OVERDUE (open after its due time) or OPEN; names its style and its label. */
    public String state(PlanMeasure measure) {
        if (measure.done()) {
            return "DONE";
        }
        return measure.overdue(Instant.now()) ? "OVERDUE" : "OPEN";
    }

    public boolean isDeclared() {
        ActionPlan current = getPlan();
        return current != null && current.event().status() == InfluxEventStatus.DECLARED;
    }

    public boolean isPlanActive() {
        ActionPlan current = getPlan();
        return current != null && current.event().status() == InfluxEventStatus.PLAN_ACTIVE;
    }

    public InfluxEvent getEvent() {
        ActionPlan current = getPlan();
        return current == null ? null : current.event();
    }

    /** The decrees in force today, latest first. */
    public List<DecreeView> getInForce() {
        if (inForce == null) {
            inForce = decrees.inForce();
        }
        return inForce;
    }

    /** The countries a decree may cover: the active ones, by name in the page's language. */
    public List<Option> getCountries() {
        if (countries == null) {
            Locale locale = locale();
            countries = referenceData.countries().stream().filter(ReferenceDataService.Country::active)
                    .map(c -> new Option(c.code(), c.name(locale) + " (" + c.code() + ")"))
                    .sorted(Comparator.comparing(Option::label)).toList();
        }
        return countries;
    }

    /** A country's name in the page's language, for any code a decree holds (inactive ones too). */
    public String countryName(String code) {
        if (countryNames == null) {
            Locale locale = locale();
            Map<String, String> names = new HashMap<>();
            referenceData.countries().forEach(c -> names.put(c.code(), c.name(locale)));
            countryNames = names;
        }
        String name = countryNames.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    /** The codes a decree covers, in order. */
    public List<String> citizenships(DecreeView covered) {
        return covered.citizenships().stream().sorted().toList();
    }

    /** Whether a decree answers the event on this page. */
    public boolean forThisEvent(DecreeView covered) {
        return eventId != null && eventId.equals(covered.influxEventId());
    }

    private static UUID parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    public String getEventParam() { return event; }
    public void setEventParam(String event) { this.event = event; }
    public UUID getEventId() { return eventId; }
    public DecreeForm getDecree() { return decree; }
}
