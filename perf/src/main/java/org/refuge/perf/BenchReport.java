package org.refuge.perf;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The parts every section's report shares: title, how it was written, date, N, machine, the table of figures. */
final class BenchReport {

    private BenchReport() {
    }

    /**
     * The report up to its method's first step (the bulk load): {@code intro} says which command wrote it and what the
     * issue asks for.
     */
    static StringBuilder head(String title, String intro, ZonedDateTime started, String machine, long persons, List<String[]> rows) {
        StringBuilder md = new StringBuilder("# Benchmark: ").append(title).append("\n\n").append(intro).append("\n\n");
        md.append("- Date: ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        md.append("- N: ").append(String.format(Locale.ROOT, "%,d", persons)).append(" synthetic persons at `").append(BulkLoader.SITE)
                .append("`\n");
        facts(md, machine, rows);
        md.append("\n## Method\n\n");
        md.append("1. The persons are bulk-loaded at `").append(BulkLoader.SITE).append("` as for `./refuge bench` (skipped when there).\n");
        return md;
    }

    /** The machine's lines as a list, then the measures' table: every report's facts after its date and N. */
    static void facts(StringBuilder md, String machine, List<String[]> rows) {
        for (String line : machine.split("\n")) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n| measure | result |\n|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(r[0]).append(" | ").append(r[1].replace("|", "\\|")).append(" |\n");
        }
    }
}
