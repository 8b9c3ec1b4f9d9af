package org.refuge.perf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The duplicate check measured as a registrar meets it, one call after the other: near-duplicates of loaded persons
 * planted evenly over every (origin, script typed before) cell, each retyped in another script or spelling
 * ({@link InfluxGenerator#nearDuplicate}) and with one more kind of error in turn ({@link DraftVariants}), and as many
 * newcomers who are nobody in the registry. It reports latency, recall (whether the original is among the candidates,
 * and whether the desk is asked about it), recall per script pair and per kind, and the share of newcomers the desk is
 * asked about or a caseworker gets.
 */
final class DuplicateCheckBenchmark {

    /** Near-duplicates planted per (origin, script) cell of the loaded persons, at most. */
    static final int PER_CELL = 160;
    static final int NEWCOMERS = 2_000;
    static final int WARM_UP = 50;

    /** One call: what is typed and, for a planted near-duplicate, whom it must find and how it was made. */
    private record Check(Map<String, Object> draft, SyntheticPerson original, SyntheticPerson retyped, DraftVariants kind, UUID expected) {

        /** How the near-duplicate was typed compared with its original, e.g. "ARMENIAN NATIVE→CYRILLIC". */
        String retyping() {
            return original.origin() + " " + original.typing() + "→" + retyped.typing();
        }
    }

    /** Found of planted, and found with the desk asked. */
    private static final class Tally {
        int planted;
        int found;
        int asked;

        String text() {
            return String.format(Locale.ROOT, "%d/%d (%.1f %%, asked %d)", found, planted, 100.0 * found / planted, asked);
        }
    }

    private final RefugeApi api;
    private final BiConsumer<String, String> row;

    DuplicateCheckBenchmark(RefugeApi api, BiConsumer<String, String> row) {
        this.api = api;
        this.row = row;
    }

    void run(long loadedHouseholds) throws IOException, InterruptedException {
        RefugeApi.Reply desk = api.post("/households", Map.of("headName", "Benchmark duplicate check", "femaleAdults", 1),
                "benchmark-duplicate-check-desk");
        if (!desk.ok()) {
            throw new IllegalStateException("Could not pre-register the benchmark's household: " + desk.problem());
        }
        String rn = desk.body().path("registryNumber").asText();
        List<Check> checks = planted(loadedHouseholds);
        int planted = checks.size();
        InfluxGenerator fresh = new InfluxGenerator(BulkLoader.SEED + 2, BulkLoader.DAY, 0);
        List<SyntheticPerson> newcomers = new ArrayList<>();
        while (newcomers.size() < NEWCOMERS + WARM_UP) {
            newcomers.addAll(fresh.next().members());
        }
        for (SyntheticPerson p : newcomers.subList(WARM_UP, WARM_UP + NEWCOMERS)) {
            checks.add(new Check(Payloads.draft(p), null, null, null, null));
        }
        Collections.shuffle(checks, new Random(BulkLoader.SEED + 3));
        System.out.printf("  %d near-duplicates planted, %d newcomers%n", planted, NEWCOMERS);
        for (SyntheticPerson p : newcomers.subList(0, WARM_UP)) {
            api.post("/households/" + rn + "/duplicate-check", Payloads.draft(p), null);
        }
        measure(rn, checks, planted);
    }

    /** Originals sampled evenly per (origin, script) cell among the loaded persons, each retyped with a kind in turn. */
    private static List<Check> planted(long loadedHouseholds) {
        SplittableRandom random = new SplittableRandom(BulkLoader.SEED + 1);
        InfluxGenerator loaded = BulkLoader.generator();
        Map<String, List<SyntheticPerson>> cells = new TreeMap<>();
        Map<String, long[]> seen = new TreeMap<>();
        for (long i = 0; i < loadedHouseholds; i++) {
            for (SyntheticPerson p : loaded.next().members()) {
                if (p.duplicateOf() != null) {
                    continue;
                }
                String cell = p.origin() + " " + p.typing();
                List<SyntheticPerson> sample = cells.computeIfAbsent(cell, c -> new ArrayList<>());
                long n = ++seen.computeIfAbsent(cell, c -> new long[1])[0];
                if (sample.size() < PER_CELL) {
                    sample.add(p);
                } else {
                    long j = random.nextLong(n);
                    if (j < PER_CELL) {
                        sample.set((int) j, p);
                    }
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        DraftVariants[] kinds = DraftVariants.values();
        int turn = 0;
        for (List<SyntheticPerson> sample : cells.values()) {
            for (SyntheticPerson original : sample) {
                SyntheticPerson retyped = InfluxGenerator.nearDuplicate(original, -1, "OTHER_RELATIVE", random, BulkLoader.DAY);
                Map<String, Object> draft = Payloads.draft(retyped);
                DraftVariants kind = kinds[turn++ % kinds.length];
                if (!kind.apply(draft, random)) {
                    kind = DraftVariants.RETYPED;
                }
                checks.add(new Check(draft, original, retyped, kind, BulkLoader.personId(original.ordinal())));
            }
        }
        return checks;
    }

    private void measure(String rn, List<Check> checks, int planted) throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        Tally all = new Tally();
        Map<String, Tally> byRetyping = new TreeMap<>();
        Map<DraftVariants, Tally> byKind = new TreeMap<>();
        int newAsked = 0;
        int newReviewOnly = 0;
        int errors = 0;
        String firstError = null;
        List<String> lines = new ArrayList<>();
        for (Check check : checks) {
            RefugeApi.Reply reply = api.post("/households/" + rn + "/duplicate-check", check.draft(), null);
            if (!reply.ok()) {
                errors++;
                firstError = firstError == null ? reply.problem() : firstError;
                continue;
            }
            latencies.add(reply.nanos());
            JsonNode candidates = reply.body();
            lines.add(line(check, reply));
            if (check.expected() == null) {
                boolean asked = false;
                for (JsonNode candidate : candidates) {
                    asked |= "ASK".equals(candidate.path("band").asText());
                }
                newAsked += asked ? 1 : 0;
                newReviewOnly += !asked && candidates.size() > 0 ? 1 : 0;
                continue;
            }
            List<Tally> tallies = List.of(all, byRetyping.computeIfAbsent(check.retyping(), k -> new Tally()),
                    byKind.computeIfAbsent(check.kind(), k -> new Tally()));
            tallies.forEach(t -> t.planted++);
            for (JsonNode candidate : candidates) {
                if (check.expected().toString().equals(candidate.path("personId").asText())) {
                    boolean asked = "ASK".equals(candidate.path("band").asText());
                    tallies.forEach(t -> {
                        t.found++;
                        t.asked += asked ? 1 : 0;
                    });
                    break;
                }
            }
        }
        write(lines);
        System.out.printf(Locale.ROOT, "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d of %d near-duplicates found; %d errors%n",
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99), all.found, planted, errors);
        row.accept("Duplicate check latency (" + latencies.count() + " sequential calls after " + WARM_UP + " warm-up)",
                String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", latencies.percentileMillis(50),
                        latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.maxMillis()));
        row.accept("Planted near-duplicates found (recall: the original among the candidates; asked: in the ASK band)", all.text()
                + "; planted evenly over " + byRetyping.size() + " script pairs, " + PER_CELL + " per origin and script typed before");
        List<String> pairs = new ArrayList<>();
        byRetyping.forEach((pair, t) -> pairs.add(pair + " " + t.text()));
        row.accept("Recall per script pair (origin, script of the original → of the retyped name)", String.join("; ", pairs));
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, t) -> kinds.add(kind + " " + t.text()));
        row.accept("Recall per kind of error (on top of the retyping)", String.join("; ", kinds));
        row.accept("New persons the desk is asked about (an ASK candidate)", String.format(Locale.ROOT, "%d of %d (%.1f %%)", newAsked,
                NEWCOMERS, 100.0 * newAsked / NEWCOMERS));
        row.accept("New persons sent to a caseworker only (REVIEW candidates, none ASK)", String.format(Locale.ROOT, "%d of %d (%.1f %%)",
                newReviewOnly, NEWCOMERS, 100.0 * newReviewOnly / NEWCOMERS));
        if (errors > 0) {
            row.accept("Duplicate check errors", errors + " (first: " + firstError + ")");
        }
    }

    /**
     * One check for the diagnostics file: kind (NEWCOMER or the error made), script pair, milliseconds, what was typed,
     * whether the original was among the candidates, and the best candidate (or the original) with its evidence.
     */
    private static String line(Check check, RefugeApi.Reply reply) {
        Map<String, Object> d = check.draft();
        JsonNode shown = reply.body().size() > 0 ? reply.body().get(0) : null;
        String found = "-";
        if (check.expected() != null) {
            found = "MISSED";
            for (JsonNode candidate : reply.body()) {
                if (check.expected().toString().equals(candidate.path("personId").asText())) {
                    found = candidate.path("band").asText();
                    shown = candidate;
                }
            }
        }
        StringBuilder evidence = new StringBuilder();
        if (shown != null) {
            evidence.append(shown.path("band").asText()).append(' ').append(shown.path("score").asText()).append(' ')
                    .append(shown.path("givenName").asText()).append(' ').append(shown.path("familyName").asText()).append(' ')
                    .append(shown.path("birthDate").asText());
            for (JsonNode part : shown.path("evidence")) {
                evidence.append(' ').append(part.path("comparison").asText()).append(':').append(part.path("level").asText())
                        .append(':').append(String.format(Locale.ROOT, "%.1f", part.path("bits").asDouble()));
            }
        }
        return String.join("\t", check.expected() == null ? "NEWCOMER" : check.kind().name(),
                check.expected() == null ? "-" : check.retyping(), String.format(Locale.ROOT, "%.1f", reply.nanos() / 1e6),
                d.get("givenName") + " " + d.get("familyName"), d.get("sex") + " " + d.get("birthDate") + " " + d.get("birthPrecision"),
                found, String.valueOf(reply.body().size()), evidence.toString(), check.original() == null ? "-"
                        : check.original().givenName() + " " + check.original().familyName() + " " + check.original().sex() + " "
                        + check.original().birthDate() + " " + check.original().birthPrecision());
    }

    /** Every check's line, for looking into misses, slow checks and newcomers shown a candidate (synthetic persons only). */
    private static void write(List<String> lines) throws IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("refuge.bench.duplicates.file", "perf/target/duplicate-checks.tsv"));
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        lines.add(0, "kind\tscripts\tms\ttyped\tsex birth precision\tfound\tcandidates\tshown (band score name birth evidence)\toriginal");
        java.nio.file.Files.write(file, lines);
        System.out.println("  every check: " + file);
    }
}
