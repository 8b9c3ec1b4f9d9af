package org.refuge.perf;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Registers synthetic households in a running Refuge through its REST API, as the demo registrars of two border
 * crossing points would: {@code registrar} at Margara and {@code registrar2} at Bagratashen, one desk each, in
 * parallel. Each household is pre-registered (which starts its arrival process) and then every member is registered
 * individually, head first; near-duplicates among them become possible duplicates in the caseworkers' queue.
 * <p>
 * {@code ./refuge demo [households] [--seed n]}: 300 households by default. The same seed registers the same
 * households again only once: the idempotency keys are made from it.
 */
public final class LoadDemo {

    private static final List<String> DESKS = List.of("registrar", "registrar2");

    private final Settings settings;
    private final HttpClient http = RefugeApi.newClient();
    private final AtomicInteger households = new AtomicInteger();
    private final AtomicInteger persons = new AtomicInteger();
    private final AtomicInteger openMatches = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    private LoadDemo(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        int count = 300;
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].matches("\\d+")) {
                count = Integer.parseInt(args[i]);
            } else {
                System.err.println("usage: LoadDemo [households] [--seed n]");
                System.exit(2);
            }
        }
        Settings settings = Settings.fromEnvironment();
        LoadDemo demo = new LoadDemo(settings);
        if (!RefugeApi.answers(demo.http, settings)) {
            System.err.println("Refuge does not answer at " + settings.appUrl() + " (start it with ./refuge run)");
            System.exit(1);
        }
        System.exit(demo.load(count, seed == null ? System.currentTimeMillis() : seed) ? 0 : 1);
    }

    private boolean load(int count, long seed) throws Exception {
        // yesterday in UTC: no birth date can be in the future wherever the server's clock is
        InfluxGenerator generator = new InfluxGenerator(seed, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        List<SyntheticHousehold> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(generator.next());
        }
        String run = "demo-" + Long.toString(seed, 36).replace('-', 'n');
        System.out.printf("Registering %d synthetic households through %s at %d desks (seed %d)…%n", count, settings.api(""),
                DESKS.size(), seed);
        long start = System.nanoTime();
        ExecutorService desks = Executors.newFixedThreadPool(DESKS.size());
        List<Future<?>> work = new ArrayList<>();
        for (int d = 0; d < DESKS.size(); d++) {
            RefugeApi api = new RefugeApi(http, settings, new Tokens(http, settings, DESKS.get(d), "demo"));
            int desk = d;
            work.add(desks.submit(() -> {
                for (int i = desk; i < all.size(); i += DESKS.size()) {
                    register(api, all.get(i), run + "-" + i, count);
                }
                return null;
            }));
        }
        desks.shutdown();
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Loaded %d households (%d persons) in %.1f s: %.1f households/s, %.1f persons/s; "
                        + "%d possible duplicates left for caseworkers; %d failures.%n", households.get(), persons.get(), seconds,
                households.get() / seconds, persons.get() / seconds, openMatches.get(), failures.get());
        return failures.get() == 0;
    }

    private void register(RefugeApi api, SyntheticHousehold h, String key, int total) throws InterruptedException {
        try {
            RefugeApi.Reply household = api.post("/households", Payloads.household(h), key);
            if (!household.ok()) {
                fail(api, "household " + h.headName(), household);
                return;
            }
            String registryNumber = household.body().path("registryNumber").asText();
            for (int j = 0; j < h.members().size(); j++) {
                SyntheticPerson member = h.members().get(j);
                RefugeApi.Reply reply = api.post("/households/" + registryNumber + "/members", Payloads.member(member), key + "-" + j);
                if (!reply.ok()) {
                    fail(api, registryNumber + " member " + member.givenName() + " " + member.familyName(), reply);
                    continue;
                }
                persons.incrementAndGet();
                JsonNode open = reply.body().path("openMatches");
                openMatches.addAndGet(open.asInt(0));
            }
            int done = households.incrementAndGet();
            if (done % 50 == 0) {
                System.out.printf("  %d/%d households%n", done, total);
            }
        } catch (java.io.IOException e) {
            failures.incrementAndGet();
            System.err.println("  " + api.username() + ": " + e);
        }
    }

    private void fail(RefugeApi api, String what, RefugeApi.Reply reply) {
        if (failures.incrementAndGet() <= 10) {
            System.err.println("  " + api.username() + ": " + what + " refused: " + reply.problem());
        }
    }
}
