package org.refuge.reporting.export;

import java.util.ArrayList;
import java.util.List;

import org.refuge.reporting.application.DistributionReport;
import org.refuge.reporting.application.EurostatProtectionTables;
import org.refuge.reporting.application.UnhcrPopulationTable;
import org.refuge.reporting.domain.CrossTable;
import org.refuge.reporting.domain.Disclosure;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * The ready tables as {@link ReportTable}s: a {@link CrossTable}'s row dimensions, its columns ({@code F/0-4} as
 * "Female 0-4") and the line's total, a total line, and the disclosure control stated in a note when it changes the
 * counts. A suppressed cell is "–", as on the screen.
 */
public final class ReadyTables {

    /** What a suppressed cell shows. */
    static final String SUPPRESSED = "–";

    private ReadyTables() {
    }

    /** The UNHCR population table at its date. */
    public static ReportTable unhcrPopulation(UnhcrPopulationTable.Table unhcr, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("unhcr-population", labels.locale(), labels.text("statistics.unhcr"))
                .note(labels.text("statistics.unhcr.caption", unhcr.date().toString())).note(labels.text("statistics.unhcr.hint"))
                .filter("date", unhcr.date());
        return cross(table, unhcr.table(), labels).build();
    }

    /** One of Eurostat's temporary-protection tables of a month (a file holds one; JSON has the four). */
    public static ReportTable eurostat(EurostatProtectionTables.Tables tables, EurostatProtectionTables.Part part, ReportLabels labels) {
        String when = part == EurostatProtectionTables.Part.BENEFITING ? tables.benefitingOn().toString() : tables.month();
        ReportTable.Builder table = ReportTable.builder("eurostat-tp-" + part.parameter(), labels.locale(),
                        labels.text("statistics.eurostat." + part.parameter(), when))
                .note(labels.text("statistics.eurostat.hint")).filter("month", tables.month()).filter("table", part.parameter());
        return cross(table, tables.part(part), labels).build();
    }

    /**
     * What was distributed in a period: per item (named in the reader's language), the persons reached by sex and
     * age group as the UNHCR table's columns, then households, lines handed over and the quantity in the item's unit.
     */
    public static ReportTable distributions(DistributionReport.Figures figures, ReportLabels labels) {
        ReportTable.Builder table = ReportTable.builder("distributions", labels.locale(), labels.text("report.distributions.title"))
                .note(labels.period(figures.from(), figures.to())).note(labels.text("report.distributions.note"))
                .filter("from", figures.from()).filter("to", figures.to())
                .textColumn(labels.text("report.distributions.item")).textColumn(labels.text("report.distributions.unit"));
        figures.columns().forEach(c -> table.numberColumn(labels.column(c)));
        table.numberColumn(labels.text("report.distributions.reached")).numberColumn(labels.text("statistics.households"))
                .numberColumn(labels.text("report.distributions.lines")).numberColumn(labels.text("report.distributions.quantity"));
        for (DistributionReport.Item item : figures.items()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(item.names().getOrDefault(labels.locale().getLanguage(), item.itemCode())),
                    Cell.text(labels.label("assistance.unit.", item.unit()))));
            figures.columns().forEach(c -> row.add(Cell.number(item.persons().get(c))));
            row.addAll(List.of(Cell.number(item.personsTotal()), Cell.number(item.households()), Cell.number(item.lines()),
                    quantity(item.quantity())));
            table.row(row);
        }
        return table.build();
    }

    /** A quantity: a number when whole (amounts, pieces), else its decimals as text (kilograms, litres). */
    private static Cell quantity(java.math.BigDecimal quantity) {
        java.math.BigDecimal plain = quantity.stripTrailingZeros();
        return plain.scale() <= 0 ? Cell.number(plain.longValueExact()) : Cell.text(plain.toPlainString());
    }

    /** Adds a cross table's columns, lines, total line and disclosure note (and its filters) to {@code table}. */
    public static ReportTable.Builder cross(ReportTable.Builder table, CrossTable cross, ReportLabels labels) {
        Disclosure disclosure = cross.disclosure();
        if (disclosure.controls()) {
            table.note(labels.disclosure(disclosure.roundTo(), disclosure.suppressUnder()))
                    .filter("roundTo", disclosure.roundTo()).filter("suppressUnder", disclosure.suppressUnder());
        }
        cross.rowDimensions().forEach(d -> table.textColumn(labels.text("statistics.dimension." + d)));
        cross.columns().forEach(c -> table.numberColumn(labels.column(c)));
        table.numberColumn(labels.text("statistics.total"));
        for (CrossTable.Line line : cross.lines()) {
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < cross.rowDimensions().size(); i++) {
                row.add(Cell.text(labels.value(cross.rowDimensions().get(i), line.keys().get(i))));
            }
            table.row(counts(row, line));
        }
        List<Cell> total = new ArrayList<>();
        for (int i = 0; i < cross.rowDimensions().size(); i++) {
            total.add(Cell.text(i == 0 ? labels.text("statistics.total") : ""));
        }
        return table.total(counts(total, cross.total()));
    }

    private static List<Cell> counts(List<Cell> row, CrossTable.Line line) {
        line.cells().forEach(c -> row.add(count(c)));
        row.add(count(line.total()));
        return row;
    }

    private static Cell count(Long published) {
        return published == null ? Cell.text(SUPPRESSED) : Cell.number(published);
    }
}
