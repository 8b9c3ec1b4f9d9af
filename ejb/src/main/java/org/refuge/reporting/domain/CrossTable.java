package org.refuge.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ready table as published (the UNHCR population table, Eurostat's tables): one line per combination of the row
 * dimensions' values, one cell per column, each line's total, and a total line; every count as the
 * {@link Disclosure} publishes it ({@code null} where suppressed). Columns are keys such as {@code F/0-4} or
 * {@code F/TOTAL}; the screen and the exports label them in the reader's language.
 */
public record CrossTable(List<String> rowDimensions, List<String> columns, List<Line> lines, Line total, Disclosure disclosure) {

    /** One line: its row keys (in {@link #rowDimensions} order), its cells (in {@link #columns} order), its total. */
    public record Line(List<String> keys, List<Long> cells, Long total) {
    }

    /** Collects exact counts and publishes them once, under one disclosure control. */
    public static final class Builder {

        private final List<String> rowDimensions;
        private final List<String> columns;
        private final Map<List<String>, long[]> lines = new LinkedHashMap<>();

        public Builder(List<String> rowDimensions, List<String> columns) {
            this.rowDimensions = List.copyOf(rowDimensions);
            this.columns = List.copyOf(columns);
        }

        /**
         * Adds {@code count} persons to the line of {@code keys}: to each of {@code columns} they fall in (e.g. their
         * sex and age group, and their sex's total) and once to the line's total.
         */
        public Builder add(List<String> keys, List<String> inColumns, long count) {
            long[] line = lines.computeIfAbsent(List.copyOf(keys), k -> new long[columns.size() + 1]);
            for (String column : inColumns) {
                int at = columns.indexOf(column);
                if (at < 0) {
                    throw new IllegalArgumentException("No column " + column);
                }
                line[at] += count;
            }
            line[columns.size()] += count;
            return this;
        }

        /** The table, lines in the order they were first added. */
        public CrossTable build(Disclosure disclosure) {
            long[] sums = new long[columns.size() + 1];
            List<Line> published = new ArrayList<>();
            lines.forEach((keys, counts) -> {
                for (int i = 0; i < counts.length; i++) {
                    sums[i] += counts[i];
                }
                published.add(line(keys, counts, disclosure));
            });
            return new CrossTable(rowDimensions, columns, List.copyOf(published), line(List.of(), sums, disclosure), disclosure);
        }

        private Line line(List<String> keys, long[] counts, Disclosure disclosure) {
            List<Long> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                cells.add(disclosure.publish(counts[i]));
            }
            return new Line(keys, java.util.Collections.unmodifiableList(cells), disclosure.publish(counts[columns.size()]));
        }
    }
}
