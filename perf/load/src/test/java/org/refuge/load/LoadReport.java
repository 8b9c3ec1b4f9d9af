package org.refuge.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes docs/benchmarks-load.md from the last load test run: the command, date, users and duration, every request
 * name's count, errors, p50/p95/p99/max as Gatling measured them (the time the client waited), the sign-in storm's
 * figures, the JSF pages' server time from their {@code Server-Timing} header, and the errors. Run by the profile
 * {@code load} after the simulation, or alone: {@code mvn -pl perf/load exec:java@load-report}. Arguments: the
 * Gatling results folder, the folder the simulation wrote its run to, the report file ({@code REFUGE_BENCH_LOAD_REPORT}
 * writes it elsewhere).
 */
public final class LoadReport {

    /** The budget of issue 12 and 16: a page's server time at p95. */
    static final double PAGE_BUDGET_MILLIS = 300;

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LoadReport <gatling results folder> <run folder> <report file>");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        String lastRun = Files.readString(results.resolve("lastRun.txt"), StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No run named in " + results.resolve("lastRun.txt")));
        Path run = Path.of(args[1]);
        String report = markdown(GatlingStats.read(results.resolve(lastRun)), RunInfo.read(run), PageTimes.read(run), lastRun);
        String target = System.getenv("REFUGE_BENCH_LOAD_REPORT");
        Path file = Path.of(target == null || target.isBlank() ? args[2] : target);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + file.toAbsolutePath().normalize() + "; Gatling's report: " + results.resolve(lastRun)
                .resolve("index.html").toAbsolutePath().normalize());
    }

    static String markdown(GatlingStats stats, Properties run, List<PageTimes.Page> pages, String runFolder) {
        StringBuilder md = new StringBuilder("# Load test\n\n");
        md.append("Written by the load test (`perf/load`, `org.refuge.load.RefugeLoadSimulation` and `LoadReport`); each run ")
                .append("overwrites this file. How to run it and what it covers: [load-test.md](load-test.md).\n\n");
        header(md, stats, run, runFolder);
        requests(md, stats);
        storm(md, stats);
        pages(md, pages);
        errors(md, stats);
        return md.toString();
    }

    private static void header(StringBuilder md, GatlingStats stats, Properties run, String runFolder) {
        String arguments = run.getProperty("arguments", "");
        Instant started = Instant.parse(run.getProperty("started"));
        md.append("- Date: ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
                .append('\n');
        md.append("- Command: `mvn -pl perf/load verify -Pload").append(arguments.isEmpty() ? "" : " " + arguments).append("`\n");
        md.append(String.format(Locale.ROOT, "- Load: %s virtual users at once for %s min after a ramp of %s s (%s), a think "
                        + "factor of %s; a sign-in storm of %s browser sign-ins within %s s, from second %s%n",
                run.getProperty("users"), run.getProperty("minutes"), run.getProperty("rampSeconds"), desks(run.getProperty("mix")),
                run.getProperty("think"), run.getProperty("signIns"), run.getProperty("stormSeconds"), run.getProperty("stormAfter")));
        md.append("- Machine: ").append(run.getProperty("machine")).append("; 1-minute load average at the end ")
                .append(run.getProperty("loadAverageAtEnd")).append('\n');
        md.append("- Application: ").append(run.getProperty("appUrl")).append(", Keycloak: ").append(run.getProperty("keycloakUrl"))
                .append("; the load generator, WildFly, Keycloak and PostgreSQL on one machine unless these say otherwise\n");
        md.append("- Gatling's HTML report: `perf/load/target/gatling/").append(runFolder).append("/index.html`\n");
        GatlingStats.Row all = stats.global();
        md.append(String.format(Locale.ROOT, "- **Result: %,d requests, %,d errors** (p50 %s ms, p95 %s ms, p99 %s ms over all)%n%n",
                all.count(), all.errors(), ms(all.p50()), ms(all.p95()), ms(all.p99())));
    }

    /** {@code registrar=400,medical=140} → "400 registrar, 140 medical". */
    private static String desks(String mix) {
        List<String> parts = new ArrayList<>();
        for (String pair : mix.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length == 2) {
                parts.add(kv[1] + " " + kv[0]);
            }
        }
        return String.join(", ", parts);
    }

    private static void requests(StringBuilder md, GatlingStats stats) {
        md.append("## Requests\n\nPer request name, as the client waited for the answer (Gatling; redirects followed are rows ")
                .append("of their own). Names say the desk or page and the step.\n\n");
        md.append("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        List<GatlingStats.Row> rows = new ArrayList<>(stats.rows().stream().filter(r -> !r.group()).toList());
        rows.sort(Comparator.comparing(GatlingStats.Row::name));
        for (GatlingStats.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s |%n", r.name(), r.count(), r.errors(),
                    ms(r.p50()), ms(r.p95()), ms(r.p99()), ms(r.max())));
        }
        md.append('\n');
    }

    private static void storm(StringBuilder md, GatlingStats stats) {
        md.append("## Sign-in storm\n\n");
        stats.rows().stream().filter(r -> r.group() && r.name().equals("sign-in storm")).findFirst().ifPresentOrElse(
                g -> md.append(String.format(Locale.ROOT, "%,d sign-ins, %,d failed; a whole sign-in (the page, Keycloak's form, "
                                + "the post, back to the application with its session; the requests' times added up): p50 %s ms, "
                                + "p95 %s ms, p99 %s ms, max %s ms. Its steps are the `sign-in storm / storm: ...` rows above.%n%n",
                        g.count(), g.errors(), ms(g.p50()), ms(g.p95()), ms(g.p99()), ms(g.max()))),
                () -> md.append("No sign-in storm in this run.\n\n"));
    }

    private static void pages(StringBuilder md, List<PageTimes.Page> pages) {
        md.append("## JSF pages: server time\n\nThe application's own time per page from its `Server-Timing` header (from ")
                .append("entering the filters to the page rendered), nearest rank; the budget is ")
                .append(String.format(Locale.ROOT, "%.0f", PAGE_BUDGET_MILLIS)).append(" ms at p95.\n\n");
        if (pages.isEmpty()) {
            md.append("No page was loaded in this run.\n\n");
            return;
        }
        md.append("| page | loads | server p50 ms | server p95 ms | server p99 ms | max ms | p95 within budget |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (PageTimes.Page p : pages) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f | %.0f | %s |%n", p.name(), p.count(), p.p50(),
                    p.p95(), p.p99(), p.max(), p.p95() <= PAGE_BUDGET_MILLIS ? "yes" : "no"));
        }
        md.append('\n');
    }

    private static void errors(StringBuilder md, GatlingStats stats) {
        md.append("## Errors\n\n");
        if (stats.errors().isEmpty()) {
            md.append("None: every answer passed its check (the status the API documents for the call).\n");
            return;
        }
        md.append("| error | count |\n|---|---:|\n");
        for (GatlingStats.Error e : stats.errors()) {
            md.append("| ").append(e.message().replace("|", "\\|")).append(" | ").append(String.format(Locale.ROOT, "%,d", e.count()))
                    .append(" |\n");
        }
    }

    private static String ms(Long millis) {
        return millis == null ? "–" : String.format(Locale.ROOT, "%,d", millis);
    }
}
