package org.refuge.perf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the CPU went while the desks ran, from Linux's {@code /proc} when client, WildFly and PostgreSQL share the
 * machine (the development set-up): the WildFly listening on the application URL's port (found by its
 * {@code -Djboss.http.port}), the PostgreSQL backends of the benchmark's database, this client, and the whole machine.
 * A figure that cannot be read (another machine, another operating system) is left out. Times in clock ticks (1/100 s).
 */
final class ProcCpu {

    private static final double TICK = 0.01;

    /** One reading: ticks of the server, the database's backends, this client; the machine's busy and all ticks. */
    record Reading(long server, long database, long client, long machineBusy, long machineAll) {
    }

    private final Connection db;
    private final String server;
    private final Set<String> backends = new HashSet<>();

    ProcCpu(Connection db, Settings settings) {
        this.db = db;
        this.server = serverPid(URI.create(settings.appUrl()).getPort());
    }

    Reading read() {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (r.next()) {
                backends.add(Integer.toString(r.getInt(1)));
            }
        } catch (SQLException unreadable) {
            // no backends' figure
        }
        long database = 0;
        for (String pid : backends) {
            database += Math.max(0, ticks(pid));
        }
        long[] machine = machine();
        return new Reading(server == null ? -1 : ticks(server), backends.isEmpty() ? -1 : database, ticks("self"), machine[0], machine[1]);
    }

    /** The CPU between two readings, per call where {@code calls} > 0, as a sentence; null when /proc is not there. */
    static String between(Reading a, Reading b, int calls, String database) {
        if (b.machineAll() <= a.machineAll()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        long mine = 0;
        if (a.server() >= 0 && b.server() >= 0) {
            parts.add(part("WildFly", b.server() - a.server(), calls));
            mine += b.server() - a.server();
        }
        if (a.database() >= 0 && b.database() >= 0) {
            parts.add(part("the PostgreSQL backends of `" + database + "`", b.database() - a.database(), calls));
            mine += b.database() - a.database();
        }
        parts.add(part("this client", b.client() - a.client(), calls));
        mine += b.client() - a.client();
        long all = b.machineAll() - a.machineAll();
        long busy = b.machineBusy() - a.machineBusy();
        return String.join("; ", parts) + String.format(Locale.ROOT, ". The machine's cores were busy %.0f %% of %.0f core-seconds, "
                + "%.0f %% of them for these (the rest: other work on the machine)", 100.0 * busy / all, all * TICK, 100.0 * mine / Math.max(1, busy));
    }

    private static String part(String what, long ticks, int calls) {
        return String.format(Locale.ROOT, "%s %.1f s (%.1f ms per call)", what, ticks * TICK, calls > 0 ? ticks * TICK * 1000 / calls : 0);
    }

    /** utime + stime of a process, -1 when it cannot be read. */
    private static long ticks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** Busy (all but idle and iowait) and all ticks of every core. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                all += Long.parseLong(f[i]);
            }
            return new long[] {all - Long.parseLong(f[4]) - Long.parseLong(f[5]), all};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }

    /** The process whose command line sets {@code -Djboss.http.port=port}, or null. */
    private static String serverPid(int port) {
        String flag = "-Djboss.http.port=" + (port < 0 ? 80 : port);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    String line = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    return line.contains(flag + " ") && line.contains("jboss-modules");
                } catch (IOException | RuntimeException gone) {
                    return false;
                }
            }).map(p -> p.getFileName().toString()).findFirst().orElse(null);
        } catch (IOException | RuntimeException noProc) {
            return null;
        }
    }
}
