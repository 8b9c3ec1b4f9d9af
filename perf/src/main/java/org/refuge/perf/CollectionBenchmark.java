package org.refuge.perf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The benchmark's assistance section (issue 14, item 11): a collection at {@value #DESKS} desks in parallel with the
 * loaded households of {@link BulkLoader#SITE} eligible. As {@code supervisor} through the REST API it receives a
 * hygiene kit per household into the site's stock, makes a rule (one kit per household, once, any registered household),
 * opens a round at the site and reads its list's total; then {@value #DESKS} desk clients each post
 * {@code /assistance/collections} for distinct households in a random order for {@value #SECONDS} s, every
 * {@value #REPEAT_EVERY}th call a deliberate repeat of a household collected already, which must be refused (409). After
 * the desks stop, SQL checks that no beneficiary collected the rule twice and that the stock ledger's distributions equal
 * the collections; the round is closed.
 */
final class CollectionBenchmark {

    static final int DESKS = 10;
    static final int SECONDS = 60;
    static final int WARM_UP = 30;
    static final int ALONE = 100;
    static final int REPEAT_EVERY = 10;
    static final String ITEM = "HYGIENE-KIT";
    static final String PARTNER = "UNHCR";

    private final Connection db;
    private final HttpClient http;
    private final Settings settings;
    private final BiConsumer<String, String> row;
    private final ZoneId zone = ZoneId.of(System.getenv().getOrDefault("REFUGE_TIME_ZONE", "Asia/Yerevan"));

    CollectionBenchmark(Connection db, HttpClient http, Settings settings, BiConsumer<String, String> row) {
        this.db = db;
        this.http = http;
        this.settings = settings;
        this.row = row;
    }

    /** A household at the desk: its registry number and the registered member who takes the kit (the head first). */
    private record Family(String registryNumber, UUID receiver) {
    }

    /** What one desk measured. */
    private static final class Desk {
        final Latencies collected = new Latencies();
        final Latencies refused = new Latencies();
        final List<String> errors = new ArrayList<>();
        int errorCount;

        void error(String what) {
            errorCount++;
            if (errors.size() < 3) {
                errors.add(what);
            }
        }
    }

    void run() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        RefugeApi supervisor = new RefugeApi(http, settings, new Tokens(http, settings, "supervisor", "demo"));
        row.accept("Follow-up start-up step (NeedsFollowUpBackfill, which starts a process per open follow-up case of V58)", backfill());
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);

        long households = count("SELECT count(*) FROM household WHERE site_code = '" + BulkLoader.SITE + "' AND status <> 'VOIDED'");
        RefugeApi.Reply receipt = supervisor.post("/assistance/stock/" + BulkLoader.SITE + "/receipts", Map.of("itemCode", ITEM,
                "partnerCode", PARTNER, "quantity", households, "receivedOn", yesterday.toString(), "note", "benchmark " + run), null);
        require(receipt, "stock receipt");
        double balanceBefore = balance();
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("code", "BENCH-KIT-" + run);
        terms.put("itemCode", ITEM);
        terms.put("per", "HOUSEHOLD");
        terms.put("quantity", 1);
        terms.put("period", "ONCE");
        terms.put("stage", "ANY_REGISTERED");
        terms.put("partnerCode", PARTNER);
        terms.put("validFrom", yesterday.toString());
        String rule = require(supervisor.post("/assistance/entitlements", terms, null), "rule").body().path("id").asText();
        RefugeApi.Reply opened = require(supervisor.post("/assistance/rounds", Map.of("siteCode", BulkLoader.SITE,
                "entitlementIds", List.of(rule)), null), "round");
        String round = opened.body().path("id").asText();
        RefugeApi.Reply list = require(supervisor.get("/assistance/rounds/" + round + "/list?size=1"), "list");
        long total = list.body().path("total").asLong();
        System.out.printf(Locale.ROOT, "  rule %s, round %s at %s: the list has %,d lines (%.0f ms)%n", terms.get("code"), round,
                BulkLoader.SITE, total, list.millis());
        row.accept("Distribution list of the round (`GET /assistance/rounds/{id}/list?size=1`: one rule, a kit per household, any "
                + "registered household)", String.format(Locale.ROOT, "%,d lines (%,d households at %s), first call %.0f ms",
                total, households, BulkLoader.SITE, list.millis()));

        List<Family> families = families(run);
        String loadBefore = loadAverage();
        AtomicInteger next = new AtomicInteger();
        List<String> collected = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < WARM_UP; i++) {
            Family f = families.get(next.getAndIncrement());
            if (collect(supervisor, round, rule, f, "warm-" + run + "-" + i).status() == 201) {
                collected.add(f.registryNumber());
            }
        }
        Latencies alone = new Latencies();
        Latencies me = new Latencies();
        for (int i = 0; i < ALONE; i++) {
            Family f = families.get(next.getAndIncrement());
            RefugeApi.Reply reply = collect(supervisor, round, rule, f, "alone-" + run + "-" + i);
            if (reply.status() == 201) {
                collected.add(f.registryNumber());
                alone.add(reply.nanos());
            }
            me.add(supervisor.get("/me").nanos());
        }
        row.accept("One desk alone (" + ALONE + " sequential collections after the warm-up; baseline)", figures(alone));
        row.accept("Baseline: a signed-in REST call without work (`GET /me`, " + ALONE + " sequential calls between those)", figures(me));
        Tokens desksToken = new Tokens(http, settings, "supervisor", "demo");
        desksToken.bearer();
        System.out.printf(Locale.ROOT, "  one desk alone: %s; GET /me: %s%n  %d desks for %d s…%n", figures(alone), figures(me), DESKS, SECONDS);
        ProcCpu cpu = new ProcCpu(db, settings);
        ProcCpu.Reading cpuBefore = cpu.read();
        ExecutorService desks = Executors.newFixedThreadPool(DESKS);
        List<Future<Desk>> running = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + SECONDS * 1_000_000_000L;
        for (int d = 0; d < DESKS; d++) {
            int desk = d;
            running.add(desks.submit(() -> desk(new RefugeApi(http, settings, desksToken), round,
                    rule, families, next, collected, deadline, run + "-" + desk, new SplittableRandom(BulkLoader.SEED + desk))));
        }
        desks.shutdown();
        Desk all = new Desk();
        for (Future<Desk> f : running) {
            Desk d = f.get();
            all.collected.addAll(d.collected);
            all.refused.addAll(d.refused);
            all.errorCount += d.errorCount;
            d.errors.stream().limit(3 - Math.min(3, all.errors.size())).forEach(all.errors::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ProcCpu.Reading cpuAfter = cpu.read();
        String loadAfter = loadAverage();
        Latencies both = new Latencies();
        both.addAll(all.collected);
        both.addAll(all.refused);
        String rate = String.format(Locale.ROOT, "%.1f collections/s (%,d in %.1f s)", all.collected.count() / seconds,
                all.collected.count(), seconds);
        System.out.printf(Locale.ROOT, "  %s; collections %s; repeats %s; %d errors %s%n", rate, figures(all.collected),
                figures(all.refused), all.errorCount, all.errors);
        row.accept("Collections at " + DESKS + " desks in parallel (`POST /assistance/collections`, " + SECONDS + " s after " + WARM_UP
                + " warm-up calls; answered 201)", figures(all.collected) + "; " + rate);
        row.accept("Deliberate repeats in the same run (every " + REPEAT_EVERY + "th call, a household collected already; answered 409 "
                + "naming when and where)", figures(all.refused) + "; " + String.format(Locale.ROOT, "%.1f refusals/s", all.refused.count() / seconds));
        row.accept("All desk calls together", figures(both) + "; " + String.format(Locale.ROOT, "%.1f calls/s", both.count() / seconds));
        row.accept("Desk calls with an unexpected answer (a new household not 201, a repeat not 409, a network error)",
                all.errorCount == 0 ? "none" : all.errorCount + " (first: " + String.join("; ", all.errors) + ")");
        String used = ProcCpu.between(cpuBefore, cpuAfter, all.collected.count() + all.refused.count() + all.errorCount, settings.dbName());
        if (used != null) {
            System.out.println("  CPU: " + used);
            row.accept("CPU time while the desks ran (Linux `/proc`, client, WildFly and PostgreSQL on this machine)", used);
        }
        row.accept("Machine load average (1 min) before and after the desks", loadBefore + " → " + loadAfter + " on "
                + Runtime.getRuntime().availableProcessors() + " cores (other work on the machine shows here)");
        check(rule, collected.size(), balanceBefore);
        require(supervisor.post("/assistance/rounds/" + round + "/close", Map.of(), null), "close");
    }

    /** One desk: fresh households from the shared random order, every {@value #REPEAT_EVERY}th call a repeat, until the deadline. */
    private Desk desk(RefugeApi api, String round, String rule, List<Family> families, AtomicInteger next, List<String> collected,
                      long deadline, String key, SplittableRandom random) {
        Desk desk = new Desk();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            boolean repeat = i % REPEAT_EVERY == REPEAT_EVERY - 1 && !collected.isEmpty();
            Family family;
            if (repeat) {
                String number = collected.get(random.nextInt(collected.size()));
                family = new Family(number, null);
            } else {
                int n = next.getAndIncrement();
                if (n >= families.size()) {
                    break;
                }
                family = families.get(n);
            }
            RefugeApi.Reply reply;
            try {
                reply = collect(api, round, rule, family, "desk-" + key + "-" + i);
            } catch (IOException | RuntimeException e) {
                desk.error(e.toString());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!repeat && reply.status() == 201) {
                desk.collected.add(reply.nanos());
                collected.add(family.registryNumber());
            } else if (repeat && reply.status() == 409 && reply.body().path("detail").asText().startsWith("Already collected")) {
                desk.refused.add(reply.nanos());
            } else {
                desk.error((repeat ? "repeat: " : "new: ") + reply.problem());
            }
        }
        return desk;
    }

    /** The desk's call: the rule's line for the household, handed to its member (a repeat: to a named proxy). */
    private static RefugeApi.Reply collect(RefugeApi api, String round, String rule, Family family, String key)
            throws IOException, InterruptedException {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("roundId", round);
        form.put("registryNumber", family.registryNumber());
        form.put("lines", List.of(Map.of("entitlementId", rule)));
        if (family.receiver() != null) {
            form.put("receivedByPersonId", family.receiver().toString());
        } else {
            form.put("proxyName", "Benchmark proxy");
        }
        return api.post("/assistance/collections", form, key);
    }

    /** The site's households not voided in an order of this run, each with the member who takes the kit. */
    private List<Family> families(String run) throws SQLException {
        List<Family> families = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT h.registry_number, (SELECT p.id FROM person p WHERE p.household_id = h.id AND p.status = 'REGISTERED'
                                           ORDER BY p.relationship <> 'HEAD', p.id LIMIT 1)
                FROM household h WHERE h.site_code = ? AND h.status <> 'VOIDED' ORDER BY md5(h.id::text || ?)""")) {
            s.setString(1, BulkLoader.SITE);
            s.setString(2, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getObject(2) != null) {
                        families.add(new Family(r.getString(1), r.getObject(2, UUID.class)));
                    }
                }
            }
        }
        return families;
    }

    /** After the desks: one line per beneficiary, as many as answered 201, and the stock ledger agreeing with them. */
    private void check(String rule, long answered, double balanceBefore) throws SQLException {
        UUID id = UUID.fromString(rule);
        long lines = count("SELECT count(*) FROM assistance_collection WHERE voided_at IS NULL AND entitlement_id = '" + id + "'");
        long beneficiaries = count("SELECT count(DISTINCT beneficiary_id) FROM assistance_collection WHERE voided_at IS NULL"
                + " AND entitlement_id = '" + id + "'");
        long twice = count("SELECT count(*) FROM (SELECT 1 FROM assistance_collection WHERE voided_at IS NULL AND entitlement_id = '" + id
                + "' GROUP BY beneficiary_id, period_from HAVING count(*) > 1) t");
        long kits = count("SELECT coalesce(sum(quantity), 0)::bigint FROM assistance_collection WHERE voided_at IS NULL AND entitlement_id = '"
                + id + "'");
        long distributed = count("SELECT coalesce(-sum(e.quantity), 0)::bigint FROM assistance_stock_entry e JOIN assistance_collection c"
                + " ON c.id = e.collection_id WHERE e.kind = 'DISTRIBUTION' AND c.entitlement_id = '" + id + "'");
        double out = balanceBefore - balance();
        boolean ok = twice == 0 && lines == beneficiaries && lines == answered && distributed == kits && Math.round(out) == kits;
        String verdict = String.format(Locale.ROOT, "%s: %,d collections not voided for %,d beneficiaries (%,d collected more than once); "
                + "%,d answered 201 (warm-up included); stock ledger: %,d kits in DISTRIBUTION rows for the rule's collections, the "
                + "site's %s balance of %s from %s fell by %,.0f", ok ? "right" : "WRONG", lines, beneficiaries, twice, answered, distributed,
                ITEM, PARTNER, BulkLoader.SITE, out);
        System.out.println("  check: " + verdict);
        row.accept("Checked with SQL afterwards: each beneficiary collected once, the stock ledger equals the collections", verdict);
    }

    private double balance() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT coalesce(sum(quantity), 0) FROM assistance_stock_entry WHERE site_code = ?"
                + " AND item_code = ? AND partner_code = ?")) {
            s.setString(1, BulkLoader.SITE);
            s.setString(2, ITEM);
            s.setString(3, PARTNER);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }

    /** Whether the start-up step that starts the follow-up processes is done, so that it does not run beside the desks. */
    private String backfill() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT done_at FROM upgrade_step WHERE name = 'needs-follow-up-backfill'");
             ResultSet r = s.executeQuery()) {
            String open = fmt(count("SELECT count(*) FROM assistance_follow_up_case WHERE status = 'OPEN'"));
            return r.next() ? "done at " + r.getObject(1, java.time.OffsetDateTime.class).toInstant() + ", before this run: not running "
                    + "beside the desks (" + open + " open follow-up cases in the database)"
                    : "NOT done: it may be starting processes beside the desks (" + open + " open follow-up cases)";
        }
    }

    private static RefugeApi.Reply require(RefugeApi.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("The benchmark's " + what + " was refused: " + reply.problem());
        }
        return reply;
    }

    private static String figures(Latencies l) {
        return l.count() == 0 ? "no calls" : String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%,d calls)",
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.maxMillis(), l.count());
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The report of an {@code --assistance-only} run. */
    static String report(ZonedDateTime started, String machine, long persons, List<String[]> rows) {
        StringBuilder md = BenchReport.head("collection at the assistance desks", "Written by `./refuge bench " + persons
                + " --assistance-only` (`org.refuge.perf.CollectionBenchmark`, module `perf`); each run overwrites this file. Issue 14, "
                + "item 11: a collection at " + DESKS + " desks in parallel with 100,000 households eligible; goal p95 ≤ 200 ms.",
                started, machine, persons, rows);
        md.append("2. As `supervisor`, through the REST API: a receipt of one `").append(ITEM).append("` from `").append(PARTNER)
                .append("` per household into the site's stock; a new rule (one kit per household, period ONCE, stage ANY_REGISTERED, ")
                .append("so every loaded household is eligible); a round at `").append(BulkLoader.SITE).append("` for it; the total of its ")
                .append("distribution list.\n");
        md.append("3. ").append(WARM_UP).append(" sequential collections (warm-up, not counted); ").append(ALONE).append(" sequential ")
                .append("collections, each followed by a `GET /me`, as the one-desk baseline; then ").append(DESKS).append(" desk clients ")
                .append("(threads of one client process sharing one `supervisor` token, so that Keycloak's sign-ins are not measured) post `POST /api/v1/assistance/collections` with an ")
                .append("`Idempotency-Key` for ").append(SECONDS).append(" s: the rule's line for the next household of one random order ")
                .append("shared by the desks, handed to a registered member (the head); every ").append(REPEAT_EVERY).append("th call of a ")
                .append("desk is instead a repeat for a household collected already (a new key, a named proxy), which must be refused ")
                .append("with 409. Latency is the client's time for the whole call; collections/s counts the 201 answers.\n");
        md.append("   The CPU time of WildFly, of the database's PostgreSQL backends and of the client over the same ")
                .append("seconds comes from `/proc` (per call: divided by every desk call); it says how much of the machine the ")
                .append("desks had, whatever else ran on it.\n");
        md.append("4. Afterwards, with SQL: the rule's collections not voided, one per beneficiary and as many as answered 201; the ")
                .append("stock ledger's DISTRIBUTION rows of these collections and the site's balance equal to the kits collected. The ")
                .append("round is closed; the rule, round, collections and stock rows stay in the database.\n");
        md.append("\nClient, WildFly, Keycloak and PostgreSQL share the machine; on a machine that does other work at the same time the ")
                .append("figures vary by a factor of two or more between runs.\n");
        return md.toString();
    }
}
