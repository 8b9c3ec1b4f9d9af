package org.refuge.reporting.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.refuge.reporting.application.ArrivalFigures;
import org.refuge.reporting.application.CampOccupancy;
import org.refuge.reporting.application.NeedFigures;
import org.refuge.reporting.application.PopulationFigures;
import org.refuge.reporting.application.StageFigures;
import org.refuge.reporting.domain.Stage;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * The reporting services' figures as {@link ReportTable}s, labelled in the reader's language with the dashboard's
 * words. One static method per report, named as the report's endpoint; each says its filters for the audit.
 */
public final class ReportTables {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReportTables() {
    }

    /**
     * The stage table as the dashboard shows it: a row per BCP and camp, the persons at each stage, the households of
     * the row, the protected and documented persons, and a total row over every site the reader sees.
     */
    public static ReportTable stages(StageFigures.Figures figures, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("stages", labels.locale(), labels.text("dashboard.stages"))
                .note(labels.text("report.note.asOf", AS_OF.format(figures.at())))
                .note(labels.text("report.stages.note"))
                .textColumn(labels.text("dashboard.bcp")).textColumn(labels.text("dashboard.camp"));
        for (Stage stage : Stage.values()) {
            table.numberColumn(labels.stage(stage.name()));
        }
        table.numberColumn(labels.text("statistics.households")).numberColumn(labels.text("dashboard.protected"))
                .numberColumn(labels.text("dashboard.documented"));
        Map<String, List<StageFigures.Cell>> byRow = new LinkedHashMap<>();
        for (StageFigures.Cell cell : figures.cells()) {
            byRow.computeIfAbsent(cell.bcp() + "\u0000" + (cell.camp() == null ? "" : cell.camp()), k -> new ArrayList<>()).add(cell);
        }
        for (List<StageFigures.Cell> cells : byRow.values()) {
            Map<Stage, Long> persons = new EnumMap<>(Stage.class);
            long households = 0;
            long protectedPersons = 0;
            long documented = 0;
            for (StageFigures.Cell c : cells) {
                persons.merge(c.stage(), c.persons(), Long::sum);
                households += c.households();
                protectedPersons += c.protectedPersons();
                documented += c.documentedPersons();
            }
            List<Cell> row = new ArrayList<>(List.of(Cell.text(cells.get(0).bcp()), Cell.text(cells.get(0).camp())));
            for (Stage stage : Stage.values()) {
                row.add(Cell.number(persons.getOrDefault(stage, 0L)));
            }
            row.addAll(List.of(Cell.number(households), Cell.number(protectedPersons), Cell.number(documented)));
            table.row(row);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text(labels.text("dashboard.total")), Cell.text("")));
        Map<Stage, Long> totals = new EnumMap<>(Stage.class);
        figures.totals().forEach(t -> totals.merge(t.stage(), t.persons(), Long::sum));
        for (Stage stage : Stage.values()) {
            total.add(Cell.number(totals.getOrDefault(stage, 0L)));
        }
        total.add(Cell.number(figures.totals().stream().mapToLong(StageFigures.Total::households).sum()));
        total.add(Cell.number(figures.totals().stream().mapToLong(StageFigures.Total::protectedPersons).sum()));
        total.add(Cell.number(figures.totals().stream().mapToLong(StageFigures.Total::documentedPersons).sum()));
        return table.total(total).build();
    }

    /** Arrivals and registrations per day and BCP, with the period's totals. */
    public static ReportTable arrivals(ArrivalFigures.Period period, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("arrivals", labels.locale(), labels.text("report.arrivals.title"))
                .note(labels.period(period.from(), period.to())).note(labels.text("report.arrivals.note"))
                .filter("from", period.from()).filter("to", period.to())
                .textColumn(labels.text("dashboard.day")).textColumn(labels.text("dashboard.bcp"))
                .numberColumn(labels.text("dashboard.arrivals.households")).numberColumn(labels.text("dashboard.arrivals.persons"))
                .numberColumn(labels.text("dashboard.arrivals.registeredHouseholds")).numberColumn(labels.text("dashboard.arrivals.registered"));
        long[] sums = new long[4];
        for (ArrivalFigures.Day d : period.days()) {
            table.row(Cell.text(d.day().toString()), Cell.text(d.bcp()), Cell.number(d.households()), Cell.number(d.persons()),
                    Cell.number(d.registeredHouseholds()), Cell.number(d.registeredPersons()));
            sums[0] += d.households();
            sums[1] += d.persons();
            sums[2] += d.registeredHouseholds();
            sums[3] += d.registeredPersons();
        }
        return table.total(List.of(Cell.text(labels.text("statistics.total")), Cell.text(""), Cell.number(sums[0]), Cell.number(sums[1]),
                Cell.number(sums[2]), Cell.number(sums[3]))).build();
    }

    /** Persons with specific needs by category; no total, as a person with needs of two categories counts in both. */
    public static ReportTable needs(List<NeedFigures.Category> categories, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("needs", labels.locale(), labels.text("dashboard.needs"))
                .note(labels.text("dashboard.needs.hint"))
                .textColumn(labels.text("dashboard.needs.category")).textColumn(labels.text("report.code"))
                .numberColumn(labels.text("dashboard.needs.persons"));
        categories.forEach(c -> table.row(Cell.text(labels.need(c.category())), Cell.text(c.category()), Cell.number(c.persons())));
        return table.build();
    }

    /**
     * The registered population of the period by the dimensions asked for, in their order, with the period's totals
     * (persons once each, whatever the need dimension says).
     */
    public static ReportTable population(PopulationFigures.Table counts, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("population", labels.locale(), labels.text("statistics.title"))
                .note(labels.period(counts.from(), counts.to()))
                .filter("by", String.join(",", counts.by())).filter("from", counts.from()).filter("to", counts.to());
        if (!counts.by().isEmpty()) {
            table.note(labels.text("report.population.by",
                    String.join(", ", counts.by().stream().map(d -> labels.text("statistics.dimension." + d)).toList())));
        }
        if (counts.by().contains("need")) {
            table.note(labels.text("statistics.breakdown.note"));
        }
        counts.by().forEach(d -> table.textColumn(labels.text("statistics.dimension." + d)));
        table.numberColumn(labels.text("statistics.persons")).numberColumn(labels.text("statistics.households"));
        for (PopulationFigures.Row r : counts.rows()) {
            List<Cell> row = new ArrayList<>();
            counts.by().forEach(d -> row.add(Cell.text(labels.value(d, r.keys().get(d)))));
            row.add(Cell.number(r.persons()));
            row.add(Cell.number(r.households()));
            table.row(row);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(labels.text("statistics.total")));
        for (int i = 1; i < counts.by().size(); i++) {
            total.add(Cell.text(""));
        }
        if (counts.by().isEmpty()) {
            // no dimension column to hold the word: the totals are the only row
            return table.row(Cell.number(counts.persons()), Cell.number(counts.households())).build();
        }
        total.add(Cell.number(counts.persons()));
        total.add(Cell.number(counts.households()));
        return table.total(total).build();
    }


    /** Each camp's beds against its capacity, with the totals. */
    public static ReportTable camps(List<CampOccupancy.Camp> camps, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("camps", labels.locale(), labels.text("dashboard.camps"))
                .textColumn(labels.text("camps.camp")).textColumn(labels.text("report.code")).textColumn(labels.text("household.status"))
                .numberColumn(labels.text("camps.beds")).numberColumn(labels.text("camps.occupied")).numberColumn(labels.text("camps.free"));
        long[] sums = new long[3];
        for (CampOccupancy.Camp c : camps) {
            long free = Math.max(0, c.beds() - c.occupied());
            table.row(Cell.text(c.name()), Cell.text(c.camp()), Cell.text(labels.label("camp.status.", c.status())), Cell.number(c.beds()),
                    Cell.number(c.occupied()), Cell.number(free));
            sums[0] += c.beds();
            sums[1] += c.occupied();
            sums[2] += free;
        }
        return table.total(List.of(Cell.text(labels.text("statistics.total")), Cell.text(""), Cell.text(""), Cell.number(sums[0]),
                Cell.number(sums[1]), Cell.number(sums[2]))).build();
    }
}
