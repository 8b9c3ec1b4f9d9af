package org.refuge.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.Session;

/**
 * The server's own time for each JSF page answer, read from the {@code Server-Timing: app;dur=123.4} header the
 * application adds (from entering its filters to the page rendered, before it is sent): Gatling measures the time
 * the client waited, which adds the network and the wait for a request thread. Collected per request name during the
 * run and written at its end for {@link LoadReport}, since Gatling's own statistics know nothing of the header.
 */
final class ServerTimings {

    static final String FILE = "server-timing.tsv";
    private static final Pattern DURATION = Pattern.compile("app;dur=([0-9]+(?:\\.[0-9]+)?)");
    private static final Map<String, ConcurrentLinkedQueue<Double>> TIMES = new ConcurrentHashMap<>();

    private ServerTimings() {
    }

    /** Records the session's {@code serverTiming} (saved by the page's check) under the request's name, then forgets it. */
    static Session record(String requestName, Session session) {
        if (session.contains("serverTiming")) {
            Matcher m = DURATION.matcher(session.getString("serverTiming"));
            if (m.find()) {
                TIMES.computeIfAbsent(requestName, n -> new ConcurrentLinkedQueue<>()).add(Double.parseDouble(m.group(1)));
            }
        }
        return session.remove("serverTiming");
    }

    /** One line per page: name, count, p50, p95, p99 and max in milliseconds (nearest rank), tab-separated. */
    static void write(Path directory) throws IOException {
        StringBuilder tsv = new StringBuilder("name\tcount\tp50\tp95\tp99\tmax\n");
        for (Map.Entry<String, ConcurrentLinkedQueue<Double>> e : new TreeMap<>(TIMES).entrySet()) {
            List<Double> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", e.getKey(), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1)));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(FILE), tsv.toString(), StandardCharsets.UTF_8);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
