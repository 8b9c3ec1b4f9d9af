package org.refuge.perf;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * The benchmark's section on the work at volume (issue 15, item 6): the three worklists with at least
 * {@value #OPEN_ITEMS} open items each (a fifth as many as the persons loaded in a smaller run, for a quick look), read
 * through the REST API as a desk reads them. The households bulk-loaded at
 * {@link BulkLoader#SITE} are made ready for work with SQL first ({@link WorkVolumePlanting}): screened clear, and the
 * persons of the first of them granted protection under the benchmark's decree until that many persons wait for a
 * card; the rest wait for a decision and, all of them, for a bed. Then {@value #CALLS} sequential calls per query
 * after {@value #WARM_UP} warm-up calls: the first page, a page further in, and each filter a desk uses. Last, the
 * bulk actions: {@value #BULK} households granted protection from the worklist, and a thousand cards produced and printed in
 * batches ({@link CardBatchBenchmark}).
 */
final class WorkVolumeBenchmark {

    static final long OPEN_ITEMS = 1_000_000;
    /** Of the persons loaded, at most one in this many waits for a card: the rest wait for a decision. */
    static final int OPEN_SHARE = 5;
    static final int CALLS = 200;
    static final int WARM_UP = 20;
    static final int PAGE = 50;
    static final int DEEP_PAGES = 200;
    static final int BULK = 1_000;
    static final int BULK_CALL = 500;

    private final Connection db;
    private final HttpClient http;
    private final Settings settings;
    private final BiConsumer<String, String> row;
    private final ZoneId zone = ZoneId.of(System.getenv().getOrDefault("REFUGE_TIME_ZONE", "Asia/Yerevan"));
    private final SplittableRandom random = new SplittableRandom(BulkLoader.SEED);

    private final long openItems;

    WorkVolumeBenchmark(Connection db, HttpClient http, Settings settings, BiConsumer<String, String> row, long persons) {
        this.openItems = openItems(persons);
        this.db = db;
        this.http = http;
        this.settings = settings;
        this.row = row;
    }

    /** One kind of call: its name in the report and the query string of each call, drawn anew per call. */
    private interface Query {
        String next();
    }

    void run() throws Exception {
        RefugeApi supervisor = new RefugeApi(http, settings, new Tokens(http, settings, "supervisor", "demo"));
        String decree = decree(supervisor);
        WorkVolumePlanting planting = new WorkVolumePlanting(db, decree);
        row.accept("Households made ready for work with SQL (screened clear; protection granted to the persons of the first of them)",
                planting.plant(openItems));
        List<String> citizenships = strings("SELECT c FROM (SELECT unnest(citizenships) AS c FROM reporting_household "
                + "WHERE bcp = '" + BulkLoader.SITE + "' LIMIT 20000) t GROUP BY c ORDER BY count(*) DESC LIMIT 8");
        List<String> needs = strings("SELECT category FROM reporting_household_need WHERE NOT sensitive GROUP BY category "
                + "ORDER BY count(*) DESC LIMIT 5");
        LocalDate arrival = BulkLoader.DAY;

        Map<String, Query> decisions = new LinkedHashMap<>();
        String ready = "/protection/worklist?decree=" + decree + "&size=" + PAGE;
        decisions.put("first page", () -> ready);
        decisions.put("a page among the first " + DEEP_PAGES, () -> ready + "&page=" + random.nextInt(DEEP_PAGES));
        decisions.put("of the BCP", () -> ready + "&bcp=" + BulkLoader.SITE);
        decisions.put("by citizenship", () -> ready + "&citizenship=" + pick(citizenships));
        // the load's first days were decided by the planting: a day after the first household still to decide
        LocalDate undecided = firstUndecidedDay().plusDays(1);
        decisions.put("by arrival day (" + undecided + ")", () -> ready + "&arrivedFrom=" + undecided + "&arrivedTo=" + undecided);
        decisions.put("by size (5 to 8 persons)", () -> ready + "&personsFrom=5&personsTo=8");
        decisions.put("by a specific need", () -> ready + "&need=" + pick(needs));
        measure(supervisor, "Caseworkers' worklist (`GET /protection/worklist`)", decisions);

        Map<String, Query> cards = new LinkedHashMap<>();
        String queue = "/documents/queue?size=" + PAGE;
        cards.put("first page", () -> queue);
        cards.put("a page among the first " + DEEP_PAGES, () -> queue + "&page=" + random.nextInt(DEEP_PAGES));
        cards.put("of the BCP", () -> queue + "&bcp=" + BulkLoader.SITE);
        cards.put("by deadline (a day of the load's deadlines)", () -> {
            LocalDate day = arrival.plusDays(3 + random.nextInt(2));
            return queue + "&deadlineFrom=" + day + "&deadlineTo=" + day;
        });
        measure(supervisor, "Police's queue of cards (`GET /documents/queue`)", cards);

        Map<String, Query> beds = new LinkedHashMap<>();
        String waiting = "/allocations?size=" + PAGE;
        beds.put("first page", () -> waiting);
        beds.put("a page among the first " + DEEP_PAGES, () -> waiting + "&page=" + random.nextInt(DEEP_PAGES));
        beds.put("of the BCP", () -> waiting + "&bcp=" + BulkLoader.SITE);
        beds.put("by citizenship", () -> waiting + "&citizenship=" + pick(citizenships));
        beds.put("by a specific need", () -> waiting + "&need=" + pick(needs));
        measure(supervisor, "Camp managers' allocation queue (`GET /allocations`)", beds);

        bulkGrant(decree);
        new CardBatchBenchmark(db, http, settings, row).run();
    }

    /**
     * {@value #BULK} households of the caseworkers' worklist granted protection in calls of {@value #BULK_CALL} (the
     * most one call takes), as a caseworker ticking the filter's matches would, one call after the other; then the
     * next {@value #BULK} in calls sent at once, as two caseworkers would: seconds and households per second.
     */
    private void bulkGrant(String decree) throws Exception {
        RefugeApi caseworker = new RefugeApi(http, settings, new Tokens(http, settings, "caseworker", "demo"));
        List<String> numbers = new ArrayList<>();
        for (int page = 0; numbers.size() < 2 * BULK; page++) {
            RefugeApi.Reply reply = caseworker.get("/protection/worklist?decree=" + decree + "&bcp=" + BulkLoader.SITE + "&size=" + BULK_CALL
                    + "&page=" + page);
            if (!reply.ok() || reply.body().path("items").isEmpty()) {
                break;
            }
            reply.body().path("items").forEach(item -> numbers.add(item.path("registryNumber").asText()));
        }
        if (numbers.size() < 2 * BULK) {
            row.accept("Bulk grant", "not measured: only " + numbers.size() + " households are ready for a decision");
            return;
        }
        String sequential = grant(caseworker, decree, numbers.subList(0, BULK), false);
        row.accept("Bulk grant of " + BULK + " households from the worklist (`POST /protection/households/bulk`, " + BULK / BULK_CALL
                + " calls of " + BULK_CALL + " as `caseworker`, one after the other)", sequential);
        String together = grant(caseworker, decree, numbers.subList(BULK, 2 * BULK), true);
        row.accept("Bulk grant of the next " + BULK + " households, the " + BULK / BULK_CALL + " calls sent at once (two caseworkers)",
                together);
    }

    /** The households granted in calls of {@value #BULK_CALL}, one after the other or all at once; the figures. */
    private String grant(RefugeApi caseworker, String decree, List<String> numbers, boolean atOnce) throws Exception {
        long start = System.nanoTime();
        List<java.util.concurrent.Callable<RefugeApi.Reply>> calls = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += BULK_CALL) {
            Map<String, Object> body = Map.of("decree", decree, "households", numbers.subList(from, Math.min(numbers.size(), from + BULK_CALL)));
            String key = "bench-grant-" + start + "-" + from;
            // measured as long as it takes: a call slower than the client's usual minute is a figure, not a failure
            calls.add(() -> caseworker.post("/protection/households/bulk", body, key, java.time.Duration.ofMinutes(10)));
        }
        List<RefugeApi.Reply> replies = new ArrayList<>();
        if (atOnce) {
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
            try {
                for (var reply : clients.invokeAll(calls)) {
                    replies.add(reply.get());
                }
            } finally {
                clients.shutdown();
            }
        } else {
            for (var call : calls) {
                replies.add(call.call());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long granted = 0;
        long refused = 0;
        long persons = 0;
        Latencies latencies = new Latencies();
        for (RefugeApi.Reply reply : replies) {
            if (!reply.ok()) {
                throw new IllegalStateException("The benchmark's bulk grant was refused: " + reply.problem());
            }
            latencies.add(reply.nanos());
            granted += reply.body().path("granted").asLong();
            refused += reply.body().path("refused").asLong();
            for (var item : reply.body().path("items")) {
                persons += item.path("persons").asLong();
            }
        }
        String figures = String.format(Locale.ROOT, "%,d households (%,d persons) granted, %,d refused, in %.1f s: %.1f households/s; "
                + "each call of %d: %.1f s at most", granted, persons, refused, seconds, granted / seconds, BULK_CALL, latencies.maxMillis() / 1000);
        System.out.println("  bulk grant" + (atOnce ? " (calls at once)" : "") + ": " + figures);
        return figures;
    }

    /** Each query {@value #CALLS} times after {@value #WARM_UP} warm-up calls; a row with its percentiles and the list's total. */
    private void measure(RefugeApi api, String list, Map<String, Query> queries) throws Exception {
        System.out.println("  " + list);
        for (Map.Entry<String, Query> query : queries.entrySet()) {
            Latencies latencies = new Latencies();
            long total = -1;
            boolean atLeast = false;
            for (int i = 0; i < WARM_UP + CALLS; i++) {
                String path = query.getValue().next();
                RefugeApi.Reply reply = api.get(path);
                if (!reply.ok()) {
                    throw new IllegalStateException("The benchmark's " + list + " " + query.getKey() + " was refused: " + reply.problem());
                }
                if (i >= WARM_UP) {
                    latencies.add(reply.nanos());
                    total = Math.max(total, reply.body().path("total").asLong());
                    atLeast |= reply.body().path("totalIsAtLeast").asBoolean();
                }
            }
            String figures = String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%d calls); the largest total "
                            + "answered: %s%,d", latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                    latencies.maxMillis(), latencies.count(), atLeast ? "at least " : "", total);
            System.out.println("    " + query.getKey() + ": " + figures);
            row.accept(list + ", " + query.getKey(), figures);
        }
    }

    /** The benchmark's decree (recorded once through the API): every citizenship at the site, arrivals from the load's day. */
    private String decree(RefugeApi supervisor) throws Exception {
        List<String> existing = strings("SELECT id::text FROM protection_decree WHERE number = 'BENCH-VOLUME'");
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        List<String> all = strings("SELECT DISTINCT c.country_code FROM person_citizenship c JOIN person p ON p.id = c.person_id "
                + "JOIN household h ON h.id = p.household_id WHERE h.site_code = '" + BulkLoader.SITE + "' ORDER BY 1");
        LocalDate today = LocalDate.now(zone);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("number", "BENCH-VOLUME");
        form.put("adoptedOn", today.minusDays(1).toString());
        form.put("inForceFrom", today.minusDays(1).toString());
        form.put("citizenships", all);
        form.put("coversStateless", true);
        form.put("arrivedFrom", BulkLoader.DAY.minusDays(1).toString());
        RefugeApi.Reply reply = supervisor.post("/decrees", form, null);
        if (!reply.ok()) {
            throw new IllegalStateException("The benchmark's decree was refused: " + reply.problem());
        }
        return reply.body().path("id").asText();
    }

    private String pick(List<String> values) {
        return URLEncoder.encode(values.get(random.nextInt(values.size())), StandardCharsets.UTF_8);
    }

    /** The day (in the application's zone) on which the first household of the load still to decide arrived. */
    private LocalDate firstUndecidedDay() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT min(arrived_at) FROM reporting_household WHERE bcp = ? AND registered AND NOT decided")) {
            s.setString(1, BulkLoader.SITE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                java.sql.Timestamp first = r.getTimestamp(1);
                return first == null ? BulkLoader.DAY : first.toInstant().atZone(zone).toLocalDate();
            }
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** The persons planted to wait for a card in a run with this many persons. */
    static long openItems(long persons) {
        return Math.max(1, Math.min(OPEN_ITEMS, persons / OPEN_SHARE));
    }

    /** The report of a {@code --volume-only} run. */
    static String report(ZonedDateTime started, String machine, long persons, List<String[]> rows) {
        StringBuilder md = BenchReport.head("the work at volume", "Written by `./refuge bench " + persons
                + " --volume-only` (`org.refuge.perf.WorkVolumeBenchmark`, module `perf`); each run overwrites this file. Issue 15, "
                + "item 6: the worklists with " + String.format(Locale.ROOT, "%,d", openItems(persons)) + " open items; goal p95 ≤ 200 ms.",
                started, machine, persons, rows);
        md.append("2. With SQL, as the screens would have left them (`WorkVolumePlanting`): each registered member of every loaded ")
                .append("household gets a cleared medical screening and, from 14, a clear security check (a `--volume-only` bulk load does ")
                .append("this in each batch's own transaction; households loaded by another run are screened afterwards, 20,000 to a ")
                .append("transaction); then the registered persons of the oldest screened households are granted ")
                .append("protection under the decree `BENCH-VOLUME` (recorded once through `POST /decrees`: every citizenship at the ")
                .append("site, stateless persons too) until ").append(String.format(Locale.ROOT, "%,d", openItems(persons))).append(" persons ")
                .append("wait for a card. The database's own triggers keep reporting's summary and the card queue, as for a change ")
                .append("made through the application. A later run finds them and plants only what is missing.\n");
        md.append("3. As `supervisor` (who sees every site) through the REST API, sequentially: per query ").append(WARM_UP)
                .append(" warm-up calls, then ").append(CALLS).append(" measured calls of ").append(PAGE).append(" rows; the client's time ")
                .append("for the whole call, names of the page's households included. A random page among the first ").append(DEEP_PAGES)
                .append(" and random filter values (the site's most frequent citizenships and need categories) per call.\n");
        md.append("4. As `caseworker`, the first ").append(String.format(Locale.ROOT, "%,d", BULK)).append(" households of the worklist ")
                .append("at the site granted protection in calls of ").append(BULK_CALL).append(" (`POST /protection/households/bulk`, each ")
                .append("household in a transaction of its own), one call after the other; then the next ").append(String.format(Locale.ROOT, "%,d", BULK))
                .append(" with the calls sent at once, as two caseworkers would: the client's time from the first call to the last answer.\n");
        md.append("5. As `").append(CardBatchBenchmark.OFFICER).append("` (a police officer at `").append(BulkLoader.SITE)
                .append("`, added to the realm by `./refuge bench`), the households at the head of the card queue until their persons ")
                .append("number ").append(String.format(Locale.ROOT, "%,d", CardBatchBenchmark.CARDS)).append(": each of them gets a ")
                .append("portrait first, with SQL (a synthetic 1200 × 1600 picture made into a portrait by the application's `Portrait`), ")
                .append("then, timed, their cards produced (`POST /documents/bulk`, calls of up to ").append(CardBatchBenchmark.CALL)
                .append(" households, each in a transaction of its own) and printed as one PDF per ").append(CardBatchBenchmark.CALL)
                .append(" cards, one card per ID-1 page, then again (a reprint, with its reason) eight to an A4 sheet with crop marks.\n");
        return md.toString();
    }
}
