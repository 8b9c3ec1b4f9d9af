package org.refuge.perf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one page answered over many loads: the server's own time from its {@code Server-Timing} header, the time the
 * client waited, the HTML's size and the failed loads. One per page and client (not thread-safe), merged at the end.
 */
final class PageStats {

    /** The metric the application's {@code ServerTimingFilter} sends. */
    static final String METRIC = "app";

    private static final Pattern ENTRY = Pattern.compile("^\\s*([^;,\\s]+)([^,]*)");
    private static final Pattern DURATION = Pattern.compile(";\\s*dur\\s*=\\s*\"?([0-9]+(?:\\.[0-9]+)?)\"?");

    private final Latencies server = new Latencies();
    private final Latencies client = new Latencies();
    private long largestBytes;
    private long loads;
    private long errors;
    private long withoutTiming;
    private String firstError;

    /** A page loaded: {@code serverTiming} is the header's value or null. */
    void loaded(String serverTiming, long clientNanos, long bytes) {
        loads++;
        client.add(clientNanos);
        largestBytes = Math.max(largestBytes, bytes);
        double millis = serverMillis(serverTiming);
        if (Double.isNaN(millis)) {
            withoutTiming++;
        } else {
            server.add(Math.round(millis * 1e6));
        }
    }

    void failed(String what) {
        errors++;
        if (firstError == null) firstError = what;
    }

    void addAll(PageStats other) {
        server.addAll(other.server);
        client.addAll(other.client);
        largestBytes = Math.max(largestBytes, other.largestBytes);
        loads += other.loads;
        errors += other.errors;
        withoutTiming += other.withoutTiming;
        if (firstError == null) firstError = other.firstError;
    }

    long loads() {
        return loads;
    }

    long errors() {
        return errors;
    }

    long withoutTiming() {
        return withoutTiming;
    }

    String firstError() {
        return firstError;
    }

    double serverPercentile(double p) {
        return server.percentileMillis(p);
    }

    double clientPercentile(double p) {
        return client.percentileMillis(p);
    }

    double largestKilobytes() {
        return largestBytes / 1024.0;
    }

    /**
     * The duration of the {@value #METRIC} metric in a {@code Server-Timing} header value, in milliseconds
     * ({@code "app;dur=123.4"}, also among other metrics: {@code "db;dur=5, app;desc=\"x\";dur=12"}); NaN without one.
     */
    static double serverMillis(String header) {
        if (header == null) {
            return Double.NaN;
        }
        for (String entry : header.split(",")) {
            Matcher name = ENTRY.matcher(entry);
            if (name.find() && name.group(1).equals(METRIC)) {
                Matcher dur = DURATION.matcher(name.group(2));
                if (dur.find()) {
                    return Double.parseDouble(dur.group(1));
                }
            }
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d loads, server p50 %.1f ms p95 %.1f ms, %.0f KB, %d errors", loads,
                serverPercentile(50), serverPercentile(95), largestKilobytes(), errors);
    }
}
