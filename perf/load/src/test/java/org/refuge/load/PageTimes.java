package org.refuge.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pages' server times as {@link ServerTimings} wrote them at the end of a run (none when no page was loaded). */
final class PageTimes {

    /** One page: loads and server time in milliseconds. */
    record Page(String name, long count, double p50, double p95, double p99, double max) {
    }

    private PageTimes() {
    }

    static List<Page> read(Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(ServerTimings.FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<Page> parse(List<String> lines) {
        List<Page> pages = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t");
            if (f.length == 6) {
                pages.add(new Page(f[0], Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5])));
            }
        }
        return pages;
    }
}
