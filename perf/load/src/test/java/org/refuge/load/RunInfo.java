package org.refuge.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a run was, written by the simulation at its end ({@value #FILE}) for {@link LoadReport}: the settings and the
 * command's arguments, the users per desk, when it started and ended, the subjects, the machine and its load.
 */
final class RunInfo {

    static final String FILE = "run.properties";

    private RunInfo() {
    }

    static void write(Path directory, LoadSettings settings, Map<String, Integer> mix, Instant started, Instant ended)
            throws IOException {
        Properties p = new Properties();
        p.setProperty("appUrl", settings.appUrl());
        p.setProperty("keycloakUrl", settings.keycloakUrl());
        p.setProperty("users", Integer.toString(settings.users()));
        p.setProperty("minutes", Integer.toString(settings.minutes()));
        p.setProperty("rampSeconds", Integer.toString(settings.rampSeconds()));
        p.setProperty("signIns", Integer.toString(settings.signIns()));
        p.setProperty("stormSeconds", Integer.toString(settings.stormSeconds()));
        p.setProperty("stormAfter", Integer.toString(settings.stormAfter()));
        p.setProperty("think", Double.toString(settings.think()));
        p.setProperty("arguments", settings.arguments().entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        p.setProperty("mix", mix.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        p.setProperty("started", started == null ? "" : started.toString());
        p.setProperty("ended", ended.toString());
        p.setProperty("decree", Subjects.decree());
        p.setProperty("influxEvent", Subjects.influxEvent());
        p.setProperty("machine", machine());
        p.setProperty("loadAverageAtEnd", String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(out, "Refuge load test run");
        }
    }

    static Properties read(Path directory) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static String machine() {
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                ram / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
