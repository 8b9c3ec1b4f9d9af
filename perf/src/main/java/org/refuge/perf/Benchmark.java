package org.refuge.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;


/**
 * The benchmark of issue 13, run against a running system (never by the build):
 * <ol>
 * <li>bulk-loads N synthetic persons with COPY at the benchmark's own BCP (skipped when they are there already);</li>
 * <li>duplicate-check latency: 1,000 sequential checks after 50 warm-up calls, half of them near-duplicates of loaded
 * persons typed in another script or spelling, half new persons; recall on the planted near-duplicates;</li>
 * <li>household pre-registration throughput through the REST API with 4 concurrent clients for 30 seconds;</li>
 * <li>raw PostgreSQL single-row autocommit inserts on the same machine, 10 seconds with 1 and with 4 connections.</li>
 * </ol>
 * Prints the figures and writes them to {@code docs/benchmarks.md} (the path in {@code REFUGE_BENCH_REPORT}, or
 * {@code docs/benchmarks.md} under the working directory; {@code docs/benchmarks-reporting.md} for a
 * {@code --reporting-only} run, {@code docs/benchmarks-assistance.md} for an {@code --assistance-only} run, which measures
 * only the collection at the assistance desks: {@link CollectionBenchmark}; {@code docs/benchmarks-volume.md} for a
 * {@code --volume-only} run, which measures only the worklists and bulk actions at volume: {@link WorkVolumeBenchmark}).
 * <p>
 * {@code ./refuge bench [persons] [--load-only]}: 1,000,000 persons by default; {@code --load-only} stops after the
 * bulk load (to load a large registry ahead of the measurements) and writes no report.
 */
public final class Benchmark {

    private static final int CLIENTS = 4;
    private static final int THROUGHPUT_SECONDS = 30;
    private static final int RAW_SECONDS = 10;

    private final Settings settings;
    private final HttpClient http = RefugeApi.newClient();
    private final List<String[]> rows = new ArrayList<>();
    /** Only the duplicate check ({@code --duplicates-only}), written to docs/benchmarks-duplicates.md. */
    private boolean duplicatesOnly;

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        long persons = 1_000_000;
        boolean loadOnly = false;
        boolean reportingOnly = false;
        boolean assistanceOnly = false;
        boolean volumeOnly = false;
        boolean duplicatesOnly = false;
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                persons = Long.parseLong(arg);
            } else if (arg.equals("--load-only")) {
                loadOnly = true;
            } else if (arg.equals("--reporting-only")) {
                reportingOnly = true;
            } else if (arg.equals("--assistance-only")) {
                assistanceOnly = true;
            } else if (arg.equals("--volume-only")) {
                volumeOnly = true;
            } else if (arg.equals("--duplicates-only")) {
                duplicatesOnly = true;
            } else {
                System.err.println("usage: Benchmark [persons] [--load-only | --reporting-only | --assistance-only | --volume-only "
                        + "| --duplicates-only]");
                System.exit(2);
            }
        }
        Settings settings = Settings.fromEnvironment();
        Benchmark benchmark = new Benchmark(settings);
        if (!RefugeApi.answers(benchmark.http, settings)) {
            System.err.println("Refuge does not answer at " + settings.appUrl() + " (start it with ./refuge run)");
            System.exit(1);
        }
        benchmark.duplicatesOnly = duplicatesOnly;
        benchmark.run(persons, loadOnly, reportingOnly, assistanceOnly, volumeOnly);
    }

    private void run(long persons, boolean loadOnly, boolean reportingOnly, boolean assistanceOnly, boolean volumeOnly) throws Exception {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
            String version = single(db, "SELECT version()");
            String machine = machine(db, version);
            System.out.println(machine);

            System.out.printf("%n1. Bulk load of %,d persons with COPY at %s%n", persons, BulkLoader.SITE);
            BulkLoader loader = new BulkLoader(db, volumeOnly);
            BulkLoader.Result load = loader.loadUpTo(persons, System.out::println);
            if (load.skipped()) {
                System.out.printf("  %,d persons already at %s: nothing to load%n", load.persons(), BulkLoader.SITE);
                row("Bulk load (COPY)", "skipped: " + fmt(load.persons()) + " persons were loaded by an earlier run");
            } else {
                row(volumeOnly ? "Bulk load (COPY into the indexed tables, each household screened clear in the same transaction)"
                        : "Bulk load (COPY into the indexed tables)", String.format(Locale.ROOT, "%s persons in %s households in %.1f s: "
                                + "%s persons/s (%.1f s in COPY and commit, %.1f s generating rows and name keys)%s",
                        fmt(load.loadedPersons()), fmt(load.loadedHouseholds()), load.seconds(),
                        fmt(Math.round(load.loadedPersons() / load.seconds())), load.copySeconds(), load.prepareSeconds(),
                        load.personsBefore() > 0 ? "; " + fmt(load.personsBefore()) + " were there from an earlier run" : ""));
                long vacuum = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.execute("VACUUM (ANALYZE) household, person, person_document, person_citizenship, person_language, person_need, "
                            + "reporting_household, reporting_household_need, reporting_person, reporting_population"
                            + (volumeOnly ? ", screening_person, medical_screening, security_check" : ""));
                }
                row("VACUUM (ANALYZE) after the load", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - vacuum) / 1e9));
            }
            if (loadOnly) {
                rows.forEach(row -> System.out.println(row[0] + ": " + row[1]));
                System.out.println("Loaded only (--load-only): no measurements, no report.");
                return;
            }
            long total = loader.personsAtSite();
            row("Persons in the registry", fmt(single(db, "SELECT count(*) FROM person", Long.class)) + " (" + fmt(total) + " at "
                    + BulkLoader.SITE + ")");

            if (assistanceOnly) {
                System.out.printf("%n6. Collection at %d assistance desks in parallel for %d s%n", CollectionBenchmark.DESKS,
                        CollectionBenchmark.SECONDS);
                new CollectionBenchmark(db, http, settings, this::row).run();
                write(CollectionBenchmark.report(started, machine, persons, rows), "docs/benchmarks-assistance.md");
                return;
            }
            if (volumeOnly) {
                System.out.printf("%n7. The worklists with %,d open items%n", WorkVolumeBenchmark.openItems(persons));
                new WorkVolumeBenchmark(db, http, settings, this::row, persons).run();
                write(WorkVolumeBenchmark.report(started, machine, persons, rows), "docs/benchmarks-volume.md");
                return;
            }
            Tokens registrar = new Tokens(http, settings, "registrar", "demo");
            if (duplicatesOnly) {
                duplicateCheck(registrar, loader);
                write(report(started, machine, persons, false).replace("# Benchmarks", "# Benchmarks: the duplicate check alone"),
                        "docs/benchmarks-duplicates.md");
                return;
            }
            if (!reportingOnly) {
                measureRegistration(registrar, loader);
            }

            System.out.printf("%n5. Reports: %d sequential calls each as supervisor while %d clients pre-register households%n",
                    ReportingBenchmark.CALLS, ReportingBenchmark.WRITERS);
            row("Reporting summary (reporting_household, one row per household)", fmt(single(db, "SELECT count(*) FROM reporting_household",
                    Long.class)) + " households; change rows to sum: " + fmt(single(db, "SELECT count(*) FROM reporting_stage_delta", Long.class))
                    + " (stages), " + fmt(single(db, "SELECT count(*) FROM reporting_arrival_delta", Long.class)) + " (arrivals)");
            row("Reporting's persons' summary (reporting_person, one row per registered person; V50)", fmt(single(db,
                    "SELECT count(*) FROM reporting_person", Long.class)) + " persons; population cells: " + fmt(single(db,
                    "SELECT count(*) FROM reporting_population", Long.class)) + " in 16 grouping sets (the largest "
                    + fmt(single(db, "SELECT max(n) FROM (SELECT count(*) AS n FROM reporting_population GROUP BY grouped) g", Long.class))
                    + "); protection cells: " + fmt(single(db, "SELECT count(*) FROM reporting_protection", Long.class)));
            new ReportingBenchmark(db, http, settings, this::row).run(registrar);

            // a reports-only run leaves the full run's figures (duplicates, registration rates) where they are
            write(report(started, machine, persons, reportingOnly), reportingOnly ? "docs/benchmarks-reporting.md" : "docs/benchmarks.md");
        }
    }

    /** Prints the report and writes it to {@code REFUGE_BENCH_REPORT}, else to {@code path} under the working directory. */
    private static void write(String report, String path) throws IOException {
        System.out.println();
        System.out.println(report);
        Path file = Path.of(System.getenv().getOrDefault("REFUGE_BENCH_REPORT", path));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath().normalize());
    }

    private void duplicateCheck(Tokens registrar, BulkLoader loader) throws Exception {
        System.out.printf("%n2. Duplicate check: near-duplicates and newcomers, one call after the other%n");
        if (!loader.awaitNameFrequencies(5)) {
            System.out.println("  the application has not counted the loaded names within 5 minutes: names weigh by the model's average");
        }
        new DuplicateCheckBenchmark(new RefugeApi(http, settings, registrar), this::row).run(loader.householdsAtSite());
    }

    /** Sections 2 to 4: the duplicate check, pre-registration throughput and raw inserts. */
    private void measureRegistration(Tokens registrar, BulkLoader loader) throws Exception {
        duplicateCheck(registrar, loader);

        System.out.printf("%n2b. Search: %d sampled persons, one call after the other, as caseworker%n", SearchBenchmark.SAMPLE);
        new SearchBenchmark(settings, new RefugeApi(http, settings, new Tokens(http, settings, "caseworker", "demo")), this::row).run();

        System.out.printf("%n3. Household pre-registration: %d clients for %d s%n", CLIENTS, THROUGHPUT_SECONDS);
        double households = throughput(registrar);

        System.out.printf("%n4. Raw PostgreSQL single-row inserts (autocommit), %d s each%n", RAW_SECONDS);
        double tempOne = rawInserts(1, true);
        double tempFour = rawInserts(CLIENTS, true);
        double durableOne = rawInserts(1, false);
        double durableFour = rawInserts(CLIENTS, false);
        row("Raw inserts, temporary table, 1 connection", fmt(Math.round(tempOne)) + " rows/s");
        row("Raw inserts, temporary table, 4 connections", fmt(Math.round(tempFour)) + " rows/s");
        row("Raw inserts, ordinary (WAL-logged) table, 1 connection", fmt(Math.round(durableOne)) + " rows/s");
        row("Raw inserts, ordinary (WAL-logged) table, 4 connections", fmt(Math.round(durableFour)) + " rows/s");
        row("Ratio REST households/s ÷ raw inserts/s (4 connections, temporary table)", ratio(households, tempFour));
        row("Ratio REST households/s ÷ raw inserts/s (4 connections, ordinary table)", ratio(households, durableFour));
    }

    // ------------------------------------------------------------------ 3. REST throughput

    private double throughput(Tokens registrar) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Latencies>> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        registrar.bearer();
        long start = System.nanoTime();
        long deadline = start + THROUGHPUT_SECONDS * 1_000_000_000L;
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            results.add(clients.submit(() -> {
                RefugeApi api = new RefugeApi(http, settings, registrar);
                InfluxGenerator generator = new InfluxGenerator(BulkLoader.SEED + 10 + client, today);
                Latencies latencies = new Latencies();
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    RefugeApi.Reply reply = api.post("/households", Payloads.household(generator.next()),
                            "bench-" + run + "-" + client + "-" + i);
                    if (reply.ok()) {
                        latencies.add(reply.nanos());
                    } else {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 3) firstErrors.add(reply.problem());
                    }
                }
                return latencies;
            }));
        }
        clients.shutdown();
        Latencies all = new Latencies();
        for (Future<Latencies> f : results) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = all.count() / seconds;
        System.out.printf(Locale.ROOT, "  %d households in %.1f s: %.1f households/s, p50 %.0f ms, p95 %.0f ms; %d errors%n",
                all.count(), seconds, perSecond, all.percentileMillis(50), all.percentileMillis(95), errors.get());
        row("Household pre-registration through REST (4 clients, 30 s; each starts the arrival process)",
                String.format(Locale.ROOT, "%.1f households/s (%d in %.1f s); p50 %.0f ms, p95 %.0f ms, max %.0f ms", perSecond,
                        all.count(), seconds, all.percentileMillis(50), all.percentileMillis(95), all.maxMillis()));
        if (errors.get() > 0) {
            row("Pre-registration errors", errors.get() + " " + firstErrors);
        }
        return perSecond;
    }

    // ------------------------------------------------------------------ 4. raw inserts

    /** Single-row autocommit inserts for {@value #RAW_SECONDS} s from {@code connections} connections; rows per second. */
    private double rawInserts(int connections, boolean temporary) throws Exception {
        String table = temporary ? "perf_raw_insert" : "perf_raw_insert_" + Long.toString(System.nanoTime(), 36);
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
            if (!temporary) {
                try (Statement s = admin.createStatement()) {
                    s.execute("CREATE TABLE " + table + " (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now(), name text)");
                }
            }
            try {
                ExecutorService pool = Executors.newFixedThreadPool(connections);
                List<Future<Long>> counts = new ArrayList<>();
                long start = System.nanoTime();
                long deadline = start + RAW_SECONDS * 1_000_000_000L;
                for (int c = 0; c < connections; c++) {
                    counts.add(pool.submit(() -> {
                        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
                            if (temporary) {
                                try (Statement s = db.createStatement()) {
                                    s.execute("CREATE TEMPORARY TABLE " + table + " (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now(), name text)");
                                }
                            }
                            db.setAutoCommit(true);
                            long n = 0;
                            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (id, name) VALUES (?, ?)")) {
                                while (System.nanoTime() < deadline) {
                                    insert.setLong(1, n);
                                    insert.setString(2, "Petrosyan Aram");
                                    insert.executeUpdate();
                                    n++;
                                }
                            }
                            return n;
                        }
                    }));
                }
                pool.shutdown();
                long rows = 0;
                for (Future<Long> f : counts) {
                    rows += f.get();
                }
                double perSecond = rows / ((System.nanoTime() - start) / 1e9);
                System.out.printf(Locale.ROOT, "  %s table, %d connection%s: %,.0f rows/s%n", temporary ? "temporary" : "ordinary",
                        connections, connections == 1 ? "" : "s", perSecond);
                return perSecond;
            } finally {
                if (!temporary) {
                    try (Statement s = admin.createStatement()) {
                        s.execute("DROP TABLE " + table);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ report

    private String machine(Connection db, String version) throws SQLException {
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().map(m -> " (" + m + ")").orElse("");
        } catch (IOException | RuntimeException unreadable) {
            // not Linux: cores and RAM say enough
        }
        return String.format(Locale.ROOT, "Machine: %d cores%s, %.1f GiB RAM, %s %s, Java %s%nPostgreSQL: %s (shared_buffers %s, "
                        + "synchronous_commit %s, fsync %s)%nApplication: %s, Keycloak: %s; client, WildFly, Keycloak and PostgreSQL on one machine "
                        + "unless these say otherwise", Runtime.getRuntime().availableProcessors(), cpu, ram / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"), version,
                single(db, "SHOW shared_buffers"), single(db, "SHOW synchronous_commit"), single(db, "SHOW fsync"),
                settings.appUrl(), settings.keycloakUrl());
    }

    private String report(ZonedDateTime started, String machine, long persons, boolean reportingOnly) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `./refuge bench` (`org.refuge.perf.Benchmark`, module `perf`); each run overwrites this file. ")
                .append("How it measures and how to read it: see *Method* below. The screens' server times and sizes are in ")
                .append("[benchmarks-pages.md](benchmarks-pages.md) (`./refuge bench pages`); the reports alone in ")
                .append("[benchmarks-reporting.md](benchmarks-reporting.md) (`--reporting-only`); the assistance desks in ")
                .append("[benchmarks-assistance.md](benchmarks-assistance.md) (`--assistance-only`); the worklists at 1,000,000 open ")
                .append("items, the bulk grant and the card batches in [benchmarks-volume.md](benchmarks-volume.md) (`--volume-only`).\n\n");
        md.append("- Date: ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        md.append("- Command: `./refuge bench ").append(persons).append(reportingOnly ? " --reporting-only" : duplicatesOnly ? " --duplicates-only" : "").append("`\n");
        md.append("- N: ").append(fmt(persons)).append(" synthetic persons at `").append(BulkLoader.SITE).append("`\n");
        BenchReport.facts(md, machine, rows);
        md.append("\n## How to run\n\n");
        md.append("Against a running system (`./refuge run`), when the machine is otherwise idle:\n\n");
        md.append("```sh\n./refuge bench                      # 1,000,000 persons; the bulk load is skipped when they are there\n")
                .append("./refuge bench 1000000 --load-only  # only the bulk load; prints its time (a later report shows it skipped)\n")
                .append("./refuge bench 20000                # a quick run\n```\n\n");
        md.append("Connections come from `REFUGE_URL`, `REFUGE_KEYCLOAK_URL` and `REFUGE_DB_HOST/PORT/NAME/USER/PASSWORD` (see the ")
                .append("README); `REFUGE_BENCH_REPORT` writes this report elsewhere. The benchmark needs the development realm's ")
                .append("`registrar` (password `demo`). It leaves its data in the database: the persons at `").append(BulkLoader.SITE)
                .append("`, the households the throughput test registered at the registrar's BCP, one audit event per duplicate check.\n");
        md.append("\n## Method\n\n");
        md.append("1. **Bulk load**: the synthetic influx (`InfluxGenerator`, seed ").append(BulkLoader.SEED)
                .append(") is copied with `COPY` into `household`, `person` and their collection tables, with every index the ")
                .append("application has, in transactions of 1,000 households, each bringing reporting's summary of its ")
                .append("households up to date once (the tables' reporting triggers off inside it); name keys, skeletons, Latin names and document keys ")
                .append("come from the application's `PersonName`, `Transliteration` and `IdentityDocument`. A later run with the ")
                .append("same or a smaller N finds the persons there and skips the load; a larger N loads only the rest (a site ")
                .append("loaded by another version of the generator is refused: the planted near-duplicates would not match it). ")
                .append("`VACUUM (ANALYZE)` follows a load, as autovacuum would.\n");
        md.append("2. **Duplicate check** (`DuplicateCheckBenchmark`): `POST /api/v1/households/{rn}/duplicate-check` as `registrar`, ")
                .append("one call at a time, for near-duplicates of loaded persons, at most ").append(DuplicateCheckBenchmark.PER_CELL)
                .append(" per origin and script typed before, each typed in another script or spelling (the same document number in 40 %) ")
                .append("and with one more kind of error in turn (`DraftVariants`: a typo in the family name, names swapped, day and month ")
                .append("swapped, only the year, the day one off), and ").append(DuplicateCheckBenchmark.NEWCOMERS)
                .append(" new persons, shuffled, after ").append(DuplicateCheckBenchmark.WARM_UP).append(" warm-up calls. A near-duplicate ")
                .append("counts as found when its loaded original is among the candidates the call returns (at most 10, each at least in ")
                .append("the REVIEW band), and as asked when that candidate is in the ASK band.\n");
        md.append("   **Search** (`SearchBenchmark`): ").append(SearchBenchmark.SAMPLE).append(" persons sampled from the registry ")
                .append("(`TABLESAMPLE`, fixed seed) searched one call at a time as `caseworker` (every site), after ")
                .append(SearchBenchmark.WARM_UP).append(" warm-up calls: by their whole name as registered, by name and birth date, ")
                .append("and heads of household by that name.\n");
        md.append("3. **Throughput**: ").append(CLIENTS).append(" clients post synthetic households as `registrar` (one BCP, so ")
                .append("one registry counter row) for ").append(THROUGHPUT_SECONDS).append(" s; each call pre-registers a household ")
                .append("and starts its arrival process in the same transaction. They stay in the database.\n");
        md.append("4. **Raw inserts**: single-row autocommit `INSERT`s for ").append(RAW_SECONDS).append(" s into a temporary table ")
                .append("(the issue's measure; not WAL-logged, so a commit does not wait for the disk) and into an ordinary table (dropped ")
                .append("afterwards; each commit waits for the WAL flush, like the application's). The ratio says which share of ")
                .append("the database's bare insert rate the whole REST path achieves.\n");
        md.append("5. **Reports** (issue 13): each report through the REST API as `supervisor`, ").append(ReportingBenchmark.CALLS)
                .append(" sequential calls after ").append(ReportingBenchmark.WARM_UP).append(" warm-up calls (3 calls when the first takes ")
                .append("over 3 s, that one alone over 30 s), while ").append(ReportingBenchmark.WRITERS).append(" clients pre-register households as `registrar`. The ")
                .append("dashboard's figures come from reporting's summary (V48/V49: a row per household kept by the providers' ")
                .append("triggers in the same transaction, counts as insert-only change rows folded each minute); the statistics from its ")
                .append("persons' summary (V50: a row per person, population cells per arrival day in 16 grouping sets, the UNHCR and ")
                .append("temporary-protection tables per day, decisions per day). Beside each, the same ")
                .append("figures counted directly over the published views (V43-V47) with JDBC (median of ").append(ReportingBenchmark.DIRECT_RUNS)
                .append(" runs, one when it takes over 30 s), and whether the REST answer, taken after the writers stopped, equals that count row for row (the ready tables: cell for cell; a past day's or month's table ")
                .append("is as counted when that day closed, so it has no direct count to equal). ")
                .append("`--reporting-only` skips sections 2 to 4.\n");
        md.append("\nClient, WildFly, Keycloak and PostgreSQL share the machine; on a machine that does other work at the same ")
                .append("time the figures vary by a factor of two or more between runs.\n");
        return md.toString();
    }

    private void row(String measure, String result) {
        rows.add(new String[] {measure, result});
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.4f (1 : %,.0f)", a / b, b / a);
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String single(Connection db, String sql) throws SQLException {
        return single(db, sql, String.class);
    }

    private static <T> T single(Connection db, String sql, Class<T> type) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getObject(1, type);
        }
    }
}
