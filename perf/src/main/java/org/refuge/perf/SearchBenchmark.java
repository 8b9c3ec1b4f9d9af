package org.refuge.perf;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Section 2b: person and household search through the REST API as {@code caseworker} (every site), one call at a
 * time, for persons sampled from the registry: by whole name (fuzzy, any script), by name and birth date, and heads of
 * household by name. Reports p50/p95/p99 per kind.
 */
final class SearchBenchmark {

    static final int SAMPLE = 100;
    static final int WARM_UP = 10;

    private record Sampled(String name, String birthDate) {
    }

    private final Settings settings;
    private final RefugeApi api;
    private final BiConsumer<String, String> row;

    SearchBenchmark(Settings settings, RefugeApi api, BiConsumer<String, String> row) {
        this.settings = settings;
        this.api = api;
        this.row = row;
    }

    void run() throws SQLException, IOException, InterruptedException {
        List<Sampled> sample = sample();
        measure("Person search by name in any script (`GET /persons?name=`, caseworker, every site)", sample,
                s -> "/persons?name=" + encode(s.name()));
        measure("Person search by name and birth date (`GET /persons?name=&birthDate=`)", sample,
                s -> "/persons?name=" + encode(s.name()) + "&birthDate=" + s.birthDate());
        measure("Household search by the head's name (`GET /households?name=`)", sample, s -> "/households?name=" + encode(s.name()));
    }

    private List<Sampled> sample() throws SQLException {
        List<Sampled> sample = new ArrayList<>();
        try (Connection db = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
             Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT given_name, family_name, birth_date FROM person "
                + "TABLESAMPLE SYSTEM (1) REPEATABLE (20261207) WHERE status = 'REGISTERED' LIMIT " + (SAMPLE + WARM_UP))) {
            while (r.next()) {
                sample.add(new Sampled(r.getString(1) + " " + r.getString(2), r.getDate(3).toLocalDate().toString()));
            }
        }
        return sample;
    }

    private void measure(String what, List<Sampled> sample, java.util.function.Function<Sampled, String> path)
            throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < sample.size(); i++) {
            RefugeApi.Reply reply = api.get(path.apply(sample.get(i)));
            if (!reply.ok()) {
                errors++;
                firstError = firstError == null ? reply.problem() : firstError;
            } else if (i >= WARM_UP) {
                latencies.add(reply.nanos());
            }
        }
        System.out.printf(Locale.ROOT, "  %s: p95 %.1f ms, %d errors%n", what, latencies.percentileMillis(95), errors);
        row.accept(what, String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d calls after %d warm-up)%s",
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.count(), WARM_UP,
                errors == 0 ? "" : "; " + errors + " errors, the first: " + firstError));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
