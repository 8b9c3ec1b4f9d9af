package org.refuge.reporting.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.refuge.platform.security.Roles;
import org.refuge.platform.web.Messages;
import org.refuge.reporting.application.ArrivalFigures;
import org.refuge.reporting.application.CampOccupancy;
import org.refuge.reporting.application.NeedFigures;
import org.refuge.reporting.application.ResponseFigures;
import org.refuge.reporting.application.StageFigures;
import org.refuge.reporting.domain.Stage;

/**
 * The supervisors' dashboard (issue 13, item 1): households and persons at each stage per BCP and camp with the age
 * of each queue's oldest, arrivals and registrations of the last 14 days per BCP, and each camp's occupancy against
 * its capacity, and for supervisors the three-day clock of identity documents and the active action plans' measures.
 * Camp staff see their camps (and no arrivals). The page polls {@link #refresh()} every minute, so the
 * figures move without a reload; each read goes to the services, which check the roles and the scope.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("dd.MM");

    @Inject
    StageFigures stageFigures;

    @Inject
    ArrivalFigures arrivalFigures;

    @Inject
    CampOccupancy campOccupancy;

    @Inject
    ResponseFigures responseFigures;

    @Inject
    NeedFigures needFigures;

    @Inject
    Messages messages;

    private StageFigures.Figures stages;
    private ArrivalFigures.Period arrivals;
    private List<CampOccupancy.Camp> camps;
    private ResponseFigures.Clock clock;
    private List<ResponseFigures.Measures> measures;
    private List<NeedFigures.Category> needs;

    /** One row of the stage table: a BCP, or a camp and the BCP its households came from, with a cell per stage. */
    public record Row(String bcp, String camp, Map<Stage, StageFigures.Cell> cells, long protectedPersons, long documentedPersons) {

        public StageFigures.Cell at(String stage) {
            return cells.get(Stage.valueOf(stage));
        }
    }

    /** Reads every figure again: on load and from the page's poll. */
    public void refresh() {
        stages = stageFigures.now();
        boolean supervisor = seesArrivals();
        arrivals = supervisor ? arrivalFigures.between(null, null) : null;
        clock = supervisor ? responseFigures.clock() : null;
        measures = supervisor ? responseFigures.measures() : List.of();
        camps = campOccupancy.camps();
        needs = needFigures.byCategory();
    }

    private void load() {
        if (stages == null) {
            refresh();
        }
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public Instant getAt() {
        load();
        return stages.at();
    }

    /** Rows in the order BCP, then camp (households not placed first). */
    public List<Row> getRows() {
        load();
        Map<String, Map<Stage, StageFigures.Cell>> byRow = new LinkedHashMap<>();
        Map<String, long[]> protection = new LinkedHashMap<>();
        for (StageFigures.Cell cell : stages.cells()) {
            String key = cell.bcp() + "\u0000" + (cell.camp() == null ? "" : cell.camp());
            byRow.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(cell.stage(), cell);
            long[] p = protection.computeIfAbsent(key, k -> new long[2]);
            p[0] += cell.protectedPersons();
            p[1] += cell.documentedPersons();
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((key, cells) -> {
            String[] parts = key.split("\u0000", -1);
            long[] p = protection.get(key);
            rows.add(new Row(parts[0], parts[1].isEmpty() ? null : parts[1], cells, p[0], p[1]));
        });
        return rows;
    }

    public List<StageFigures.Total> getTotals() {
        load();
        return stages.totals();
    }

    public long getTotalProtected() {
        return getTotals().stream().mapToLong(StageFigures.Total::protectedPersons).sum();
    }

    public long getTotalDocumented() {
        return getTotals().stream().mapToLong(StageFigures.Total::documentedPersons).sum();
    }

    /** How long the oldest of a queue has waited, in hours or days and hours, or empty when nobody waits. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, Instant.now());
        long hours = Math.max(0, waited.toHours());
        return hours < 24 ? messages.text("dashboard.age.hours", hours) : messages.text("dashboard.age.days", hours / 24, hours % 24);
    }

    /** The hint of a stage figure's link: the list it opens, e.g. "List of the households: Allocated — BCP-MARGARA — CAMP-1". */
    public String cellTitle(Stage stage, String bcp, String camp) {
        StringBuilder what = new StringBuilder(messages.text("stage." + stage.name()));
        if (bcp != null) {
            what.append(" — ").append(bcp).append(" — ").append(camp == null ? messages.text("reportList.noCamp") : camp);
        }
        return messages.text("dashboard.link.cell", what);
    }

    /** The hint of a protected (or card-holding) figure's link: those persons of a BCP and camp, or everywhere. */
    public String protectionTitle(String kind, String bcp, String camp) {
        StringBuilder what = new StringBuilder(messages.text("DOCUMENTED".equals(kind) ? "reportList.documented" : "reportList.protected"));
        if (bcp != null) {
            what.append(" — ").append(bcp).append(" — ").append(camp == null ? messages.text("reportList.noCamp") : camp);
        }
        return messages.text("dashboard.link.cell", what);
    }

    /** The hint of an arrivals figure's link: the households that arrived that day at that BCP (registered ones only). */
    public String arrivalTitle(ArrivalFigures.Day day, boolean registered) {
        return messages.text("dashboard.link.cell", messages.text(registered ? "reportList.registered" : "reportList.households") + " — "
                + messages.text("reportList.arrivedOn", DateTimeFormatter.ISO_LOCAL_DATE.format(day.day())) + " — " + day.bcp());
    }

    /** The hint of a camp figure's link: the camp's page with its residents. */
    public String campTitle(CampOccupancy.Camp camp) {
        return messages.text("dashboard.link.camp", camp.name());
    }

    public boolean seesArrivals() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SUPERVISOR);
    }

    public ArrivalFigures.Period getArrivals() {
        load();
        return arrivals;
    }

    /** The three-day clock of identity documents (supervisors only, else null). */
    public ResponseFigures.Clock getClock() {
        load();
        return clock;
    }

    /** The measures of each active action plan (supervisors only). */
    public List<ResponseFigures.Measures> getMeasures() {
        load();
        return measures;
    }

    /** Persons with specific needs by category, as far as the reader may know of them. */
    public List<NeedFigures.Category> getNeeds() {
        load();
        return needs;
    }

    public List<CampOccupancy.Camp> getCamps() {
        load();
        return camps;
    }

    /** Chart.js configuration of the arrivals: a bar per day, stacked by BCP, with the registered persons as a line. */
    public String getArrivalsChart() {
        load();
        if (arrivals == null) {
            return "{}";
        }
        List<LocalDate> days = arrivals.from().datesUntil(arrivals.to().plusDays(1)).toList();
        TreeSet<String> bcps = new TreeSet<>();
        arrivals.days().forEach(d -> bcps.add(d.bcp()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String bcp : bcps) {
            datasets.add(dataset(bcp, "bar", days, bcp));
        }
        datasets.add(dataset(messages.text("dashboard.arrivals.registered"), "line", days, null));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(day -> labels.add(DAY_LABEL.format(day)));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    /** Persons arrived per day at one BCP, or (without a BCP) persons of those households registered by now. */
    private JsonObjectBuilder dataset(String label, String type, List<LocalDate> days, String bcp) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (LocalDate day : days) {
            data.add(arrivals.days().stream().filter(d -> d.day().equals(day) && (bcp == null || d.bcp().equals(bcp)))
                    .mapToLong(d -> bcp == null ? d.registeredPersons() : d.persons()).sum());
        }
        JsonObjectBuilder set = Json.createObjectBuilder().add("type", type).add("label", label).add("data", data);
        return bcp == null ? set.add("stack", "registered") : set;
    }

    /** Chart.js configuration of the camps: beds taken and beds free, one horizontal bar per camp. */
    public String getOccupancyChart() {
        load();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder taken = Json.createArrayBuilder();
        JsonArrayBuilder free = Json.createArrayBuilder();
        for (CampOccupancy.Camp camp : camps) {
            labels.add(camp.name());
            taken.add(camp.occupied());
            free.add(Math.max(0, camp.beds() - camp.occupied()));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("dashboard.camps.occupied")).add("data", taken))
                        .add(Json.createObjectBuilder().add("label", messages.text("dashboard.camps.free")).add("data", free))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
                .build().toString();
    }
}
