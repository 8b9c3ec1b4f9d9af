package org.refuge.perf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.refuge.reporting.application.DirectCounts;

/**
 * The benchmark's reporting section (issue 13, item 5): each report of the dashboard and the statistics through the
 * REST API as {@code supervisor}, {@value #CALLS} sequential calls after {@value #WARM_UP} warm-up calls, while
 * {@value #WRITERS} clients keep pre-registering households; beside it the time of the same figures counted directly
 * over the published views (V43-V46) with JDBC, and, once the writers have stopped, whether the REST answer equals
 * that direct count exactly.
 */
final class ReportingBenchmark {

    static final int CALLS = 50;
    static final int WARM_UP = 5;
    static final int WRITERS = 2;
    /** Direct counts are timed this many times; the median is reported. */
    static final int DIRECT_RUNS = 3;
    /** A report slower than this per call is measured with fewer calls (the benchmark must end). */
    static final double SLOW_MILLIS = 3_000;

    static final List<String> QUEUES = List.of("PRE_REGISTERED", "REGISTERED", "WAITING_FOR_BED", "ALLOCATED", "IN_TRANSIT");

    static final String OCCUPANCY = """
            SELECT o.camp_code, s.name, o.status, o.beds, o.occupied
            FROM camps_report_occupancy o JOIN site s ON s.code = o.camp_code ORDER BY s.name, o.camp_code""";

    private final Connection db;
    private final HttpClient http;
    private final Settings settings;
    private final BiConsumer<String, String> row;
    private final ZoneId zone = ZoneId.of(System.getenv().getOrDefault("REFUGE_TIME_ZONE", "Asia/Yerevan"));

    ReportingBenchmark(Connection db, HttpClient http, Settings settings, BiConsumer<String, String> row) {
        this.db = db;
        this.http = http;
        this.settings = settings;
        this.row = row;
    }

    /** A report: its REST path, and the direct count over the views it must equal (null: none). */
    private record Report(String name, String path, Direct direct) {
    }

    @FunctionalInterface
    private interface Direct {
        List<String> count() throws SQLException;
    }

    void run(Tokens registrar) throws Exception {
        RefugeApi supervisor = new RefugeApi(http, settings, new Tokens(http, settings, "supervisor", "demo"));
        LocalDate loadedFrom = BulkLoader.DAY;
        LocalDate loadedTo = loadedFrom.plusDays(365);
        LocalDate today = LocalDate.now(zone);
        List<Report> reports = List.of(
                new Report("Baseline: who am I (`GET /me`, no figures: the cost of a signed-in REST call)", "/me", null),
                new Report("Stages per BCP and camp, oldest of each queue (`GET /reports/stages`)", "/reports/stages", this::directStages),
                new Report("Arrivals per day and BCP, last 14 days (`GET /reports/arrivals`)", "/reports/arrivals", null),
                new Report("Arrivals per day and BCP over 366 days of the loaded influx (`GET /reports/arrivals?from=" + loadedFrom + "&to="
                        + loadedTo + "`)", "/reports/arrivals?from=" + loadedFrom + "&to=" + loadedTo, () -> directArrivals(loadedFrom, loadedTo)),
                new Report("Persons with specific needs by category (`GET /reports/needs`)", "/reports/needs", this::directNeeds),
                new Report("Population by sex × age group × citizenship (`GET /reports/population?by=sex,ageGroup,citizenship`)",
                        "/reports/population?by=sex,ageGroup,citizenship", this::directPopulation),
                new Report("Population by stage × BCP × month of arrival (`GET /reports/population?by=stage,site,arrivalMonth`)",
                        "/reports/population?by=stage,site,arrivalMonth", null),
                new Report("Population by specific need × age group, 366 days of arrivals (`GET /reports/population?by=need,ageGroup&from=" + loadedFrom
                        + "&to=" + loadedTo + "`)", "/reports/population?by=need,ageGroup&from=" + loadedFrom + "&to=" + loadedTo, null),
                new Report("UNHCR population table today (`GET /reports/unhcr-population`)", "/reports/unhcr-population", this::directUnhcr),
                new Report("UNHCR population table of yesterday (`GET /reports/unhcr-population?date=" + today.minusDays(1) + "`)",
                        "/reports/unhcr-population?date=" + today.minusDays(1), null),
                new Report("Eurostat temporary-protection tables of this month (`GET /reports/eurostat-tp`)", "/reports/eurostat-tp",
                        this::directEurostat),
                new Report("Eurostat temporary-protection tables of last month (`GET /reports/eurostat-tp?month="
                        + java.time.YearMonth.from(today).minusMonths(1) + "`)", "/reports/eurostat-tp?month="
                        + java.time.YearMonth.from(today).minusMonths(1), null),
                new Report("The list behind the largest stage figure, first page (`GET /reports/households?stage=REGISTERED`)",
                        "/reports/households?stage=REGISTERED", () -> directListTotal(REGISTERED_HOUSEHOLDS)),
                new Report("The same list, page 401 (`GET /reports/households?stage=REGISTERED&page=400`)",
                        "/reports/households?stage=REGISTERED&page=400", null),
                new Report("The list behind the largest specific-need figure (`GET /reports/persons?need=LP`)", "/reports/persons?need=LP",
                        () -> directListTotal(LP_PERSONS)),
                new Report("The 28,800 households of one day's arrivals as a CSV file (`GET /reports/households?arrivedOn="
                        + loadedFrom.plusDays(10) + "&format=csv`)", "/reports/households?arrivedOn=" + loadedFrom.plusDays(10) + "&format=csv", null),
                new Report("The same list as an XLSX workbook (`GET /reports/households?arrivedOn=" + loadedFrom.plusDays(10)
                        + "&format=xlsx`)", "/reports/households?arrivedOn=" + loadedFrom.plusDays(10) + "&format=xlsx", null));

        String loadBefore = loadAverage();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        long writeStart = System.nanoTime();
        for (int c = 0; c < WRITERS; c++) {
            int client = c;
            running.add(writers.submit(() -> {
                RefugeApi api = new RefugeApi(http, settings, registrar);
                InfluxGenerator generator = new InfluxGenerator(BulkLoader.SEED + 100 + client, LocalDate.now(ZoneOffset.UTC).minusDays(1));
                for (int i = 0; writing.get(); i++) {
                    if (api.post("/households", Payloads.household(generator.next()), "report-" + run + "-" + client + "-" + i).ok()) {
                        written.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        writers.shutdown();
        List<String[]> results = new ArrayList<>();
        try {
            for (Report report : reports) {
                results.add(new String[] {report.name(), measure(supervisor, report.path())});
            }
            results.add(new String[] {"Camp occupancy against capacity (the dashboard's `CampOccupancy`, no REST endpoint: its SQL with JDBC)",
                    timeSql(OCCUPANCY)});
        } finally {
            writing.set(false);
            for (Future<?> f : running) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - writeStart) / 1e9;
        String during = String.format(Locale.ROOT, "%d households pre-registered by %d clients meanwhile (%.1f/s)", written.get(), WRITERS,
                written.get() / seconds);
        row.accept("Machine load average (1 min) before and after the reports", loadBefore + " → " + loadAverage()
                + " on " + Runtime.getRuntime().availableProcessors() + " cores (other work on the machine shows here)");
        System.out.println("  " + during);
        for (String[] r : results) {
            row.accept("Report: " + r[0], r[1] + "; " + during);
        }
        for (Report report : reports) {
            if (report.direct() != null) {
                row.accept("Direct count over the views: " + report.name(), direct(supervisor, report));
            }
        }
    }

    /** p50/p95 of the REST calls; fewer calls when one takes longer than {@link #SLOW_MILLIS}. */
    private String measure(RefugeApi api, String path) throws IOException, InterruptedException {
        RefugeApi.Reply first;
        try {
            first = api.get(path);
        } catch (java.net.http.HttpTimeoutException late) {
            return "no answer within 360 s";
        }
        if (!first.ok()) {
            return "error: " + first.problem();
        }
        // a slow report is called fewer times (the benchmark must end): 3 calls over SLOW_MILLIS, the first alone over 10 times that
        boolean slow = first.millis() > SLOW_MILLIS;
        int calls = first.millis() > 10 * SLOW_MILLIS ? 0 : slow ? 3 : CALLS;
        int warmUp = slow ? 0 : WARM_UP;
        for (int i = 1; i < warmUp; i++) {
            api.get(path);
        }
        Latencies latencies = new Latencies();
        if (calls == 0) {
            latencies.add(first.nanos());
        }
        int errors = 0;
        for (int i = 0; i < calls; i++) {
            RefugeApi.Reply reply = api.get(path);
            if (reply.ok()) {
                latencies.add(reply.nanos());
            } else {
                errors++;
            }
        }
        String result = calls == 0 ? String.format(Locale.ROOT, "%.0f ms (one call: over %.0f s, not repeated)", first.millis(), 10 * SLOW_MILLIS / 1000)
                : String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d calls after %d warm-up%s)",
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.maxMillis(), latencies.count(), Math.max(warmUp, 1),
                errors > 0 ? ", " + errors + " errors" : "");
        System.out.println("  " + path + ": " + result);
        return result;
    }

    /** The median time of the direct count, and whether the REST answer (writers stopped) equals it. */
    private String direct(RefugeApi api, Report report) throws SQLException, IOException, InterruptedException {
        List<Long> nanos = new ArrayList<>();
        List<String> counted = null;
        for (int i = 0; i < DIRECT_RUNS && (i == 0 || nanos.get(0) < 10 * SLOW_MILLIS * 1_000_000); i++) {
            long start = System.nanoTime();
            counted = report.direct().count();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        // compared in one order: the answer's rows come in the report's order, the count's in SQL's
        List<String> answered = new ArrayList<>(rows(report.path(), api.get(report.path()).body()));
        Collections.sort(answered);
        counted = new ArrayList<>(counted);
        Collections.sort(counted);
        List<String> differing = new ArrayList<>(answered);
        differing.removeAll(counted);
        List<String> missing = new ArrayList<>(counted);
        missing.removeAll(answered);
        String verdict = answered.equals(counted) ? "equal to the REST answer (" + counted.size() + " rows)"
                : "DIFFERS from the REST answer: " + differing.size() + " rows only in the answer (" + String.join("; ", differing.stream().limit(3).toList())
                + "), " + missing.size() + " only in the count (" + String.join("; ", missing.stream().limit(3).toList()) + ")";
        String result = String.format(Locale.ROOT, "%.0f ms (median of %d); %s", nanos.get(nanos.size() / 2) / 1e6, nanos.size(), verdict);
        System.out.println("  direct " + report.path() + ": " + result);
        return result;
    }

    /** The REST answer as rows comparable with a direct count's. */
    private static List<String> rows(String path, JsonNode body) {
        List<String> rows = new ArrayList<>();
        if (path.startsWith("/reports/stages")) {
            for (JsonNode c : body.path("cells")) {
                rows.add(String.join(" ", c.get("bcp").asText(), c.hasNonNull("camp") ? c.get("camp").asText() : "-", c.get("stage").asText(),
                        c.get("households").asText(), c.get("persons").asText(), c.get("protectedPersons").asText(),
                        c.get("documentedPersons").asText(), c.hasNonNull("oldestSince") ? java.time.Instant.parse(c.get("oldestSince").asText()).toString() : "-"));
            }
        } else if (path.startsWith("/reports/arrivals")) {
            for (JsonNode d : body.path("days")) {
                rows.add(String.join(" ", d.get("day").asText(), d.get("bcp").asText(), d.get("households").asText(), d.get("persons").asText(),
                        d.get("registeredHouseholds").asText(), d.get("registeredPersons").asText()));
            }
        } else if (path.startsWith("/reports/households") || path.startsWith("/reports/persons")) {
            rows.add("total=" + body.path("total").asLong());
        } else if (path.startsWith("/reports/needs")) {
            body.forEach(c -> rows.add(c.get("category").asText() + "=" + c.get("persons").asText()));
        } else if (path.startsWith("/reports/population")) {
            body.path("rows").forEach(r -> rows.add(String.join(" ", r.get("keys").get("sex").asText(), r.get("keys").get("ageGroup").asText(),
                    r.get("keys").get("citizenship").asText(), r.get("persons").asText(), r.get("households").asText())));
        } else if (path.startsWith("/reports/unhcr-population")) {
            rows.addAll(sexAgeCells("", body.get("table"), 2));
        } else if (path.startsWith("/reports/eurostat-tp")) {
            for (String part : List.of("granted", "benefiting", "ended")) {
                rows.addAll(sexAgeCells(part + " ", body.get(part), 1));
            }
        }
        return rows;
    }

    /** A ready table's non-zero cells, the sexes' totals left out, as {@code prefix keys|column=count}. */
    private static List<String> sexAgeCells(String prefix, JsonNode table, int keys) {
        List<String> cells = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        table.get("columns").forEach(c -> columns.add(c.asText()));
        for (JsonNode line : table.get("lines")) {
            List<String> key = new ArrayList<>();
            line.get("keys").forEach(k -> key.add(k.asText()));
            for (int i = 0; i < columns.size(); i++) {
                long count = line.get("cells").get(i).asLong();
                if (count != 0 && !columns.get(i).matches("[FM]/TOTAL")) {
                    cells.add(prefix + String.join("|", key.subList(0, keys)) + "|" + columns.get(i) + "=" + count);
                }
            }
        }
        return cells;
    }

    private List<String> directPopulation() throws SQLException {
        return DirectCounts.rows(db, DirectCounts.POPULATION, java.util.Map.of("day", LocalDate.now(zone)));
    }

    private List<String> directUnhcr() throws SQLException {
        LocalDate today = LocalDate.now(zone);
        return cells("", DirectCounts.sexAgeCells(DirectCounts.rows(db, DirectCounts.UNHCR,
                java.util.Map.of("day", today, "end", today.plusDays(1).atStartOfDay(zone).toOffsetDateTime())), 2));
    }

    /** This month's granted, benefiting (today) and ended tables counted over the views, as {@link #sexAgeCells} gives them. */
    private List<String> directEurostat() throws SQLException {
        LocalDate today = LocalDate.now(zone);
        java.time.YearMonth month = java.time.YearMonth.from(today);
        List<String> granted = DirectCounts.rows(db, DirectCounts.GRANTED, java.util.Map.of("zone", zone.getId(),
                "start", month.atDay(1).atStartOfDay(zone).toOffsetDateTime(), "end", month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime()));
        List<String> rows = new ArrayList<>(cells("granted ", DirectCounts.sexAgeCells(granted.stream()   // without the unaccompanied column
                .map(r -> r.substring(0, r.lastIndexOf(' ', r.lastIndexOf(' ') - 1)) + r.substring(r.lastIndexOf(' '))).toList(), 1)));
        rows.addAll(cells("benefiting ", DirectCounts.sexAgeCells(DirectCounts.rows(db, DirectCounts.BENEFITING, java.util.Map.of("day", today)), 1)));
        for (String r : DirectCounts.rows(db, DirectCounts.ENDED, java.util.Map.of("first", month.atDay(1), "last", month.atEndOfMonth(), "today", today))) {
            String[] c = r.split(" ");
            rows.add("ended " + c[0] + "|" + c[1] + "=" + c[2]);
        }
        return rows;
    }

    private static List<String> cells(String prefix, java.util.Map<String, Long> cells) {
        List<String> rows = new ArrayList<>();
        cells.forEach((cell, count) -> rows.add(prefix + cell + "=" + count));
        return rows;
    }

    private List<String> directStages() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(DirectCounts.STAGES); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                boolean queue = QUEUES.contains(r.getString("stage"));
                rows.add(String.join(" ", r.getString("bcp"), r.getString("camp") == null ? "-" : r.getString("camp"), r.getString("stage"),
                        r.getString("households"), r.getString("persons"), r.getString("protected"), r.getString("documented"),
                        queue ? r.getObject("oldest", java.time.OffsetDateTime.class).toInstant().toString() : "-"));
            }
        }
        return rows;
    }

    private List<String> directArrivals(LocalDate from, LocalDate to) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(DirectCounts.ARRIVALS)) {
            q.setString(1, zone.getId());
            q.setString(2, from.toString());
            q.setString(3, zone.getId());
            q.setString(4, to.toString());
            q.setString(5, zone.getId());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join(" ", r.getString("day"), r.getString("bcp"), r.getString("households"), r.getString("persons"),
                            r.getString("registered_households"), r.getString("registered_persons")));
                }
            }
        }
        return rows;
    }

    /** The households at the registered stage, counted over the views as the lists read them before V60. */
    private static final String REGISTERED_HOUSEHOLDS = """
            SELECT count(*) FROM registration_report_household h
            LEFT JOIN camps_report_household c ON c.household_id = h.household_id
            LEFT JOIN screening_report_household s ON s.household_id = h.household_id
            WHERE reporting_stage(h.status, c.stage, s.screened_at) = 'REGISTERED'""";

    /** The registered persons with a need of category LP, counted over registration's view. */
    private static final String LP_PERSONS = "SELECT count(DISTINCT n.person_id) FROM registration_report_need n WHERE n.category = 'LP'";

    /** A list's total counted over the views. */
    private List<String> directListTotal(String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return List.of("total=" + r.getLong(1));
        }
    }

    private List<String> directNeeds() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(DirectCounts.NEEDS)) {
            q.setBoolean(1, false);   // as a supervisor sees them: no sensitive category, every camp
            q.setBoolean(2, true);
            q.setString(3, "");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString("category") + "=" + r.getLong("persons"));
                }
            }
        }
        return rows;
    }

    /** The 1-minute load average of the machine (Linux), or "?" elsewhere. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    private String timeSql(String sql) throws SQLException {
        Latencies latencies = new Latencies();
        for (int i = 0; i < CALLS + WARM_UP; i++) {
            long start = System.nanoTime();
            try (PreparedStatement q = db.prepareStatement(sql); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    r.getString(1);
                }
            }
            if (i >= WARM_UP) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d queries after %d warm-up)", latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.count(), WARM_UP);
    }
}
