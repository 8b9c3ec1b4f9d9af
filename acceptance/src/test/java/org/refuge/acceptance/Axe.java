package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core (the jar of {@code com.deque.html.axe-core:selenium} carries axe.min.js; nothing is fetched) run
 * on what the browser shows, with the WCAG 2.2 AA rule set: WCAG 2.0, 2.1 and 2.2 levels A and AA. No rule is ever
 * switched off. Each scan is kept under a name (a page, or a dialog or tab of a page, then scanned alone so that its
 * page's findings are not counted twice); {@link #report()} writes the figures per scan.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    /** What one scan found: nodes per impact, and per rule the selectors of its nodes. */
    record Scan(String name, Map<String, Integer> byImpact, Map<String, Finding> rules) {
        int count(String impact) {
            return byImpact.getOrDefault(impact, 0);
        }
    }

    /** One rule that failed on a scan: its impact, its help text and the nodes (CSS selectors) that fail it. */
    record Finding(String impact, String help, List<String> targets, String html) {
    }

    private final Map<String, Scan> scans = new LinkedHashMap<>();
    private String engine = "axe-core";

    /** Scans the whole page. */
    Scan page(WebDriver driver, String name) {
        return keep(name, new AxeBuilder().withTags(TAGS).analyze(driver));
    }

    /** Scans only the part of the page the selector names (an open dialog, a tab, an overlay panel). */
    Scan part(WebDriver driver, String name, String selector) {
        return keep(name, new AxeBuilder().withTags(TAGS).include(selector).analyze(driver));
    }

    private Scan keep(String name, Results results) {
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + name + ": " + results.getErrorMessage());
        }
        if (results.getTestEngine() != null) {
            engine = results.getTestEngine().getName() + " " + results.getTestEngine().getVersion();
        }
        Map<String, Integer> byImpact = new LinkedHashMap<>();
        Map<String, Finding> rules = new LinkedHashMap<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                byImpact.merge(impact, 1, Integer::sum);
                targets.add(String.valueOf(node.getTarget()));
            }
            CheckedNode first = rule.getNodes().isEmpty() ? null : rule.getNodes().get(0);
            String html = first == null ? "" : first.getHtml() + (first.getFailureSummary() == null ? "" : " — " + first.getFailureSummary());
            rules.put(rule.getId(), new Finding(rule.getImpact(), rule.getHelp(), targets, html.length() > 480 ? html.substring(0, 480) + "…" : html));
        }
        String unique = name;
        for (int i = 2; scans.containsKey(unique); i++) {
            unique = name + " (" + i + ")";
        }
        Scan scan = new Scan(unique, byImpact, rules);
        scans.put(unique, scan);
        return scan;
    }

    List<Scan> scans() {
        return List.copyOf(scans.values());
    }

    int total(String impact) {
        return scans.values().stream().mapToInt(s -> s.count(impact)).sum();
    }

    /** The critical and serious findings as page → rule → selectors, for a failing assertion a person can act on. */
    String blocking() {
        StringBuilder out = new StringBuilder();
        for (Scan scan : scans.values()) {
            scan.rules().forEach((id, finding) -> {
                if ("critical".equals(finding.impact()) || "serious".equals(finding.impact())) {
                    out.append("\n  ").append(scan.name()).append(" → ").append(id).append(" (").append(finding.impact()).append(", ")
                            .append(finding.help()).append(") → ").append(String.join(" ", finding.targets()));
                }
            });
        }
        return out.toString();
    }

    /** Writes target/axe-report.md: a row per scan with its figures and rule ids, the totals, then every finding. */
    void report(String title) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n").append(engine)
                .append(", tags ").append(String.join(", ", TAGS)).append("; figures are failing nodes per impact.\n\n")
                .append("| page | critical | serious | moderate | minor | rule ids |\n|---|---:|---:|---:|---:|---|\n");
        for (Scan scan : scans.values()) {
            out.append("| ").append(scan.name());
            IMPACTS.forEach(impact -> out.append(" | ").append(scan.count(impact)));
            out.append(" | ").append(String.join(", ", new TreeSet<>(scan.rules().keySet()))).append(" |\n");
        }
        out.append("| **all ").append(scans.size()).append(" scans**");
        IMPACTS.forEach(impact -> out.append(" | **").append(total(impact)).append("**"));
        out.append(" | |\n\n## Findings\n");
        for (Scan scan : scans.values()) {
            if (scan.rules().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(scan.name()).append('\n');
            scan.rules().forEach((id, f) -> out.append("- `").append(id).append("` (").append(f.impact()).append("): ").append(f.help())
                    .append(" — ").append(f.targets().size()).append(" × ").append(String.join(" ", f.targets().stream().limit(8).toList()))
                    .append(f.targets().size() > 8 ? " …" : "").append("\n  - first: `").append(f.html().replace('`', '\'')
                            .replace('\n', ' ')).append("`\n"));
        }
        try {
            Path dir = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots")).getParent();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-report.md"), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
