package org.refuge.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The page benchmark of issue 12, run against a running system (never by the build): {@value #DEFAULT_CLIENTS}
 * browser-like clients ({@link PageClient}) sign in through Keycloak as the demo users of each role and load the main
 * pages of their role's path in a loop for a fixed time, a person's pause (on average {@value #DEFAULT_THINK_MILLIS} ms)
 * between two pages. Per page it records the server's time from the {@code Server-Timing} header (p50, p95), the
 * time the client waited (p95) and the HTML's size, and checks them against the budget: {@value #BUDGET_MILLIS} ms
 * server time at p95 and {@value #BUDGET_KB} KB.
 * <p>
 * {@code ./refuge bench pages [seconds] [--clients n] [--think ms]}: 120 seconds by default. Writes its report to
 * {@code docs/benchmarks-pages.md} (or {@code REFUGE_BENCH_PAGES_REPORT}); the pages' data is made first by
 * {@link PageBenchData} when missing.
 */
public final class PageBenchmark {

    static final int DEFAULT_CLIENTS = 20;
    static final int DEFAULT_THINK_MILLIS = 1000;
    static final double BUDGET_MILLIS = 300;
    static final double BUDGET_KB = 200;

    /** A page of a role's path: what it is called in the report and its address below the application's root. */
    record Page(String name, String path) {
    }

    /** A demo user and the pages of its role's path, in the order a person opens them. */
    record RolePath(String user, List<Page> pages) {
    }

    private final Settings settings;
    private final int seconds;
    private final int clients;
    private final int thinkMillis;
    private String machineLoad = "";
    private final Map<String, Object> signingIn = new java.util.concurrent.ConcurrentHashMap<>();

    private PageBenchmark(Settings settings, int seconds, int clients, int thinkMillis) {
        this.settings = settings;
        this.seconds = seconds;
        this.clients = clients;
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 120;
        int clients = DEFAULT_CLIENTS;
        int think = DEFAULT_THINK_MILLIS;
        for (int i = 0; i < args.length; i++) {
            if (args[i].matches("\\d+")) {
                seconds = Integer.parseInt(args[i]);
            } else if (args[i].equals("--clients") && i + 1 < args.length && args[i + 1].matches("\\d+")) {
                clients = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--think") && i + 1 < args.length && args[i + 1].matches("\\d+")) {
                think = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: PageBenchmark [seconds] [--clients n] [--think ms]");
                System.exit(2);
            }
        }
        Settings settings = Settings.fromEnvironment();
        if (!RefugeApi.answers(RefugeApi.newClient(), settings)) {
            System.err.println("Refuge does not answer at " + settings.appUrl() + " (start it with ./refuge run)");
            System.exit(1);
        }
        new PageBenchmark(settings, seconds, clients, think).run(String.join(" ", args));
    }

    private void run(String arguments) throws Exception {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        System.out.println("1. The pages' data (made once, through the API)");
        PageBenchData.Subjects subjects = new PageBenchData(RefugeApi.newClient(), settings, System.out::println).prepare();
        System.out.println("  subjects: " + subjects);
        List<RolePath> paths = paths(subjects);

        System.out.printf(Locale.ROOT, "%n2. %d clients sign in and load their pages for %d s (pause %d ms on average)%n",
                clients, seconds, thinkMillis);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, PageStats> stats = measure(paths);
        machineLoad = String.format(Locale.ROOT, "%.1f before, %.1f after (%d cores)", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

        String report = report(started, arguments, subjects, paths, stats);
        System.out.println();
        System.out.println(report);
        Path file = Path.of(System.getenv().getOrDefault("REFUGE_BENCH_PAGES_REPORT", "docs/benchmarks-pages.md"));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath().normalize());
    }

    /** Each role's main pages, as its menu and its work lead there. */
    static List<RolePath> paths(PageBenchData.Subjects s) {
        String rn = s.household();
        Page inbox = new Page("inbox", "platform/inbox.xhtml");
        List<Page> medical = new ArrayList<>(List.of(inbox));
        if (s.medicalTask() != null) medical.add(new Page("medical screening form", "screening/medical.xhtml?task=" + s.medicalTask()));
        medical.add(new Page("household file", "registration/household.xhtml?number=" + rn));
        List<Page> police = new ArrayList<>(List.of(inbox));
        if (s.securityTask() != null) police.add(new Page("security check form", "screening/security.xhtml?task=" + s.securityTask()));
        police.add(new Page("identity documents (queue)", "protection/documents.xhtml"));
        police.add(new Page("identity documents of a household", "protection/documents.xhtml?household=" + rn));
        return List.of(
                new RolePath("registrar", List.of(new Page("pre-registration", "registration/pre-register.xhtml"),
                        new Page("household file", "registration/household.xhtml?number=" + rn),
                        new Page("members", "registration/members.xhtml?number=" + rn), inbox,
                        new Page("photo sheets", "protection/photo-print.xhtml"))),
                new RolePath("medical", medical),
                new RolePath("police", police),
                new RolePath("camp-manager", List.of(new Page("camps", "camps/camps.xhtml"),
                        new Page("allocation queue", "camps/allocation.xhtml?camp=" + s.camp()),
                        new Page("camp page (board, residents, check-in)", "camps/camp.xhtml?site=" + s.camp()),
                        new Page("transfers", "camps/transfers.xhtml?site=" + s.camp()), inbox)),
                new RolePath("caseworker", List.of(new Page("protection decisions", "protection/decisions.xhtml"),
                        new Page("protection decisions of a household", "protection/decisions.xhtml?household=" + rn),
                        new Page("duplicates", "registration/duplicates.xhtml"), inbox)),
                new RolePath("supervisor", List.of(new Page("action plan", "emergency/action-plan.xhtml?event=" + s.influxEvent()),
                        new Page("influx events", "emergency/influx-events.xhtml"), inbox,
                        new Page("document deadlines", "protection/deadlines.xhtml"))),
                new RolePath("auditor", List.of(new Page("audit trail", "platform/audit.xhtml"))));
    }

    // ------------------------------------------------------------------ measuring

    /** Per "user: page", what every client saw, merged; in the order of the paths. */
    private Map<String, PageStats> measure(List<RolePath> paths) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<PageClient> browsers = new ArrayList<>();
            List<Future<?>> signIns = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                RolePath path = paths.get(c % paths.size());
                PageClient browser = new PageClient(settings, path.user(), "demo");
                browsers.add(browser);
                signIns.add(pool.submit(() -> {
                    signIn(browser, path.pages().get(0).path());
                    for (Page page : path.pages()) {
                        browser.load(page.path()); // warm-up: the first load of each page is not counted
                    }
                    return null;
                }));
            }
            for (Future<?> f : signIns) {
                f.get();
            }
            System.out.println("  " + clients + " clients signed in; measuring…");
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<Map<String, PageStats>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                RolePath path = paths.get(c % paths.size());
                PageClient browser = browsers.get(c);
                results.add(pool.submit(() -> loop(browser, path, deadline)));
            }
            Map<String, PageStats> all = new LinkedHashMap<>();
            for (RolePath path : paths) {
                for (Page page : path.pages()) {
                    all.put(key(path, page), new PageStats());
                }
            }
            for (Future<Map<String, PageStats>> f : results) {
                f.get().forEach((key, s) -> all.get(key).addAll(s));
            }
            return all;
        } finally {
            pool.shutdownNow(); // a client that failed to sign in ends the run: the others stop too
        }
    }

    /** One client: its path's pages again and again until the deadline, a person's pause between two. */
    private Map<String, PageStats> loop(PageClient browser, RolePath path, long deadline) throws Exception {
        Map<String, PageStats> mine = new LinkedHashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = random.nextInt(path.pages().size()); System.nanoTime() < deadline; i++) {
            Page page = path.pages().get(i % path.pages().size());
            PageStats stats = mine.computeIfAbsent(key(path, page), k -> new PageStats());
            try {
                PageClient.Load load = browser.load(page.path());
                if (!browser.onApplication(load.uri())) {
                    stats.failed("the session ended: sent to " + load.uri().getHost() + ":" + load.uri().getPort());
                    signIn(browser, path.pages().get(0).path()); // a first page without "?code=", which OIDC takes for its own
                } else if (load.status() != 200) {
                    stats.failed("HTTP " + load.status());
                } else {
                    stats.loaded(load.serverTiming(), load.nanos(), load.bytes());
                }
            } catch (IOException | RuntimeException e) { // a lost connection, or a sign-in that failed
                stats.failed(e.toString());
            }
            if (thinkMillis > 0) {
                Thread.sleep(random.nextInt(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
            }
        }
        return mine;
    }

    /**
     * Signs in one client of a user at a time: with brute-force detection on, Keycloak refuses a user's concurrent
     * sign-ins ("Invalid username or password") as it would a password guessed in parallel.
     */
    private void signIn(PageClient browser, String path) throws IOException, InterruptedException {
        synchronized (signingIn.computeIfAbsent(browser.username(), user -> new Object())) {
            browser.signIn(path);
        }
    }

    private static String key(RolePath path, Page page) {
        return path.user() + ": " + page.name();
    }

    // ------------------------------------------------------------------ report

    private String report(ZonedDateTime started, String arguments, PageBenchData.Subjects subjects, List<RolePath> paths,
                          Map<String, PageStats> stats) {
        StringBuilder md = new StringBuilder();
        md.append("# Page benchmark\n\n");
        md.append("Written by `./refuge bench pages` (`org.refuge.perf.PageBenchmark`, module `perf`); each run overwrites this ")
                .append("file. The budget of issue 12: every page answers in at most ").append(fmt(BUDGET_MILLIS))
                .append(" ms server time (p95) and ").append(fmt(BUDGET_KB)).append(" KB.\n\n");
        md.append("- Date: ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        md.append("- Command: `./refuge bench pages").append(arguments.isEmpty() ? "" : " " + arguments).append("`\n");
        md.append(String.format(Locale.ROOT, "- Load: %d clients for %d s, a pause of %d ms on average between two pages; %d pages loaded%n",
                clients, seconds, thinkMillis, stats.values().stream().mapToLong(PageStats::loads).sum()));
        md.append("- Subjects: household `").append(subjects.household()).append("`, camp `").append(subjects.camp())
                .append("`, influx event `").append(subjects.influxEvent()).append("`\n");
        md.append("- ").append(machine()).append('\n');
        md.append("- Machine load (1-minute load average, everything on the machine): ").append(machineLoad).append('\n');
        md.append("- Application: ").append(settings.appUrl()).append(", Keycloak: ").append(settings.keycloakUrl())
                .append("; client, WildFly, Keycloak and PostgreSQL on one machine unless these say otherwise\n\n");
        md.append("| user | page | loads | server p50 ms | server p95 ms | client p95 ms | HTML KB | within budget |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        List<String> over = new ArrayList<>();
        for (RolePath path : paths) {
            for (Page page : path.pages()) {
                PageStats s = stats.get(key(path, page));
                String verdict = verdict(s);
                if (!verdict.equals("yes")) over.add("`" + path.user() + "`: " + page.name() + " (`" + page.path() + "`): " + verdict);
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s |%n", path.user(), page.name(), s.loads(),
                        ms(s.serverPercentile(50)), ms(s.serverPercentile(95)), ms(s.clientPercentile(95)),
                        s.loads() == 0 ? "–" : String.format(Locale.ROOT, "%.0f", s.largestKilobytes()), verdict));
            }
        }
        md.append(over.isEmpty() ? "\nEvery page is within the budget.\n" : "\nOver the budget or failing:\n\n");
        over.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append(method());
        return md.toString();
    }

    private static String verdict(PageStats s) {
        List<String> why = new ArrayList<>();
        if (s.loads() == 0) why.add("never loaded");
        if (s.errors() > 0) why.add(s.errors() + " failed loads (first: " + s.firstError() + ")");
        if (s.withoutTiming() > 0) why.add(s.withoutTiming() + " answers without Server-Timing");
        if (s.serverPercentile(95) > BUDGET_MILLIS) why.add("p95 " + ms(s.serverPercentile(95)) + " ms > " + fmt(BUDGET_MILLIS) + " ms");
        if (s.largestKilobytes() > BUDGET_KB) why.add(String.format(Locale.ROOT, "%.0f KB > %s KB", s.largestKilobytes(), fmt(BUDGET_KB)));
        return why.isEmpty() ? "yes" : "no: " + String.join("; ", why);
    }

    private String method() {
        return "\n## How to run\n\n"
                + "Against a running system with the demo households (`./refuge run` loads them into an empty registry; "
                + "`./refuge demo` adds more), when the machine is otherwise idle: `./refuge bench pages [seconds] "
                + "[--clients n] [--think ms]`. It needs the development realm's demo users (password `demo`). "
                + "`REFUGE_BENCH_PAGES_REPORT` writes this report elsewhere.\n"
                + "\n## Method\n\n"
                + "1. **Data**: on the first run the benchmark makes what the pages show beyond the demo households, through the "
                + "API as the demo users: `" + PageBenchData.CAMP + "` set up and opened with " + PageBenchData.TENTS + " tents; "
                + PageBenchData.SCREENED + " households of `" + PageBenchData.SITE + "` screened, " + PageBenchData.ALLOCATED
                + " of them allocated to the camp, " + PageBenchData.TRAVELLED + " travelled there, " + PageBenchData.CHECKED_IN
                + " checked in; an influx event; a decree and protection granted to " + PageBenchData.PROTECTED
                + " households. Later runs find the camp's residents and change nothing. The household pages show the largest "
                + "household among the camp's first ten residents.\n"
                + "2. **Clients**: each is a browser of its own (cookies, redirects) on `java.net.http`, and signs in through "
                + "Keycloak's OpenID Connect code flow: it opens its first page, is sent to the login form, posts the demo user's "
                + "name and password to the form's action and is sent back with a session. Client *n* takes the path of the "
                + "*n*-th user above, round robin. Each loads every page of its path once before the measurement (not counted), "
                + "then its pages in order, from a random one, until the time is up, with a pause drawn evenly between half and "
                + "one and a half times the average.\n"
                + "3. **Figures**: *server* is the application's own time from the `Server-Timing` header that every page "
                + "answer carries (`ServerTimingFilter`: from entering the filters to the page rendered, before it is sent); "
                + "*client* adds the network and the waiting for a request thread. *HTML KB* is the largest page "
                + "(uncompressed) as loaded; a browser caches the scripts, styles and fonts after the first page, so they are "
                + "not loaded here. Percentiles by the nearest rank.\n"
                + "\nClient, WildFly, Keycloak and PostgreSQL share the machine; on a machine that does other work at the same "
                + "time the figures vary by a factor of two or more between runs: the load average above says how busy it was "
                + "(the benchmark itself adds about 1).\n";
    }

    private static String machine() {
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d cores, %.1f GiB RAM, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                ram / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "%.0f", millis);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
