package org.refuge.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as a table, whatever file it becomes (CSV, XLSX, PDF): its title, the notes a reader needs to read it
 * right (period, breakdown, disclosure control), the column headers, the rows of text and number cells and an
 * optional total row, every word already in the reader's language. {@code name} names the report in file names and
 * in the audit trail, and {@code filters} its parameters as the API takes them, for the audit; neither is shown.
 * Numbers stay numbers, so a spreadsheet can add them up.
 */
public record ReportTable(String name, Locale locale, String title, List<String> notes, Map<String, String> filters,
                          List<Column> columns, List<List<Cell>> rows, List<Cell> total) {

    public ReportTable {
        notes = List.copyOf(notes);
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
        }
        if (total != null && total.size() != columns.size()) {
            throw new IllegalArgumentException("a total row of " + total.size() + " cells in a table of " + columns.size() + " columns");
        }
        total = total == null ? null : List.copyOf(total);
    }

    /** A column: its header, and whether its cells are numbers (right-aligned, numeric in a spreadsheet). */
    public record Column(String header, boolean numeric) {
    }

    /** A cell: a text, or a number (then {@code text} is null). */
    public record Cell(String text, Long number) {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell number(long number) {
            return new Cell(null, number);
        }

        public boolean isNumber() {
            return number != null;
        }

        /** What is shown: the text, or the number's digits (no grouping, so it reads back the same). */
        public String shown() {
            return number != null ? Long.toString(number) : text;
        }
    }

    /** The rows of data, the total row left out. */
    public int rowCount() {
        return rows.size();
    }

    public static Builder builder(String name, Locale locale, String title) {
        return new Builder(name, locale, title);
    }

    /** Builds a table a column, a row, a note at a time. */
    public static final class Builder {
        private final String name;
        private final Locale locale;
        private final String title;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> filters = new LinkedHashMap<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private List<Cell> total;

        private Builder(String name, Locale locale, String title) {
            this.name = name;
            this.locale = locale;
            this.title = title;
        }

        public Builder note(String note) {
            if (note != null && !note.isBlank()) {
                notes.add(note);
            }
            return this;
        }

        /** A parameter of the report, for the audit trail (null values are left out there). */
        public Builder filter(String parameter, Object value) {
            filters.put(parameter, value == null ? null : value.toString());
            return this;
        }

        public Builder textColumn(String header) {
            columns.add(new Column(header, false));
            return this;
        }

        public Builder numberColumn(String header) {
            columns.add(new Column(header, true));
            return this;
        }

        public Builder row(Cell... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Builder total(List<Cell> cells) {
            total = cells;
            return this;
        }

        public ReportTable build() {
            return new ReportTable(name, locale, title, notes, filters, columns, rows, total);
        }
    }
}
