package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a Gatling run's report (stats.js, the errors table) and writing docs/benchmarks-load.md from it. */
class GatlingStatsTest {

    /** The shape of Gatling 3.13's js/stats.js: an object literal with bare keys, functions after it. */
    private static final String STATS_JS = """
            var stats = {
                type: "GROUP",
            name: "All Requests",
            path: "",
            pathFormatted: "group_missing-name--1146707516",
            stats: {
                "name": "All Requests",
                "numberOfRequests": {"total": "1,240", "ok": "1239", "ko": "1"},
                "maxResponseTime": {"total": "2578", "ok": "2578", "ko": "40"},
                "percentiles1": {"total": "79", "ok": "79", "ko": "-"},
                "percentiles3": {"total": "759", "ok": "759", "ko": "-"},
                "percentiles4": {"total": "2008", "ok": "2008", "ko": "-"}
            },
            contents: {
            "group_sign-in-storm": {
                      type: "GROUP",
            name: "sign-in storm",
            path: "sign-in storm",
            pathFormatted: "group_sign-in-storm",
            stats: {"numberOfRequests": {"total": "20", "ok": "20", "ko": "0"}, "percentiles1": {"total": "225"},
                    "percentiles3": {"total": "655"}, "percentiles4": {"total": "655"}, "maxResponseTime": {"total": "655"}},
            contents: {
            "req_storm": {
                    type: "REQUEST",
                    name: "storm: post the login form",
            path: "sign-in storm / storm: post the login form",
            pathFormatted: "req_storm",
            stats: {"numberOfRequests": {"total": "20", "ok": "20", "ko": "0"}, "percentiles1": {"total": "126"},
                    "percentiles3": {"total": "476"}, "percentiles4": {"total": "476"}, "maxResponseTime": {"total": "476"}}
                }
            }
            },
            "req_camp": {
                    type: "REQUEST",
                    name: "camp: allocate household",
            path: "camp: allocate household",
            pathFormatted: "req_camp",
            stats: {"numberOfRequests": {"total": "9", "ok": "8", "ko": "1"}, "percentiles1": {"total": "713"},
                    "percentiles3": {"total": "1303"}, "percentiles4": {"total": "1303"}, "maxResponseTime": {"total": "1303"}}
                }
            }

            }

            function fillStats(stat){
                $("#numberOfRequests").append(stat.numberOfRequests.total);
            }
            """;

    @Test
    void theRequestsAndGroups_areReadWithTheirCountsErrorsAndPercentiles(@TempDir Path run) throws Exception {
        Files.createDirectories(run.resolve("js"));
        Files.writeString(run.resolve("js").resolve("stats.js"), STATS_JS);
        Files.writeString(run.resolve("index.html"), "<html><body>no errors table</body></html>");
        GatlingStats stats = GatlingStats.read(run);

        assertThat(stats.global()).isEqualTo(new GatlingStats.Row("All Requests", true, 1240, 1, 79L, 759L, 2008L, 2578L));
        assertThat(stats.rows()).containsExactly(
                new GatlingStats.Row("sign-in storm", true, 20, 0, 225L, 655L, 655L, 655L),
                new GatlingStats.Row("sign-in storm / storm: post the login form", false, 20, 0, 126L, 476L, 476L, 476L),
                new GatlingStats.Row("camp: allocate household", false, 9, 1, 713L, 1303L, 1303L, 1303L));
        assertThat(stats.errors()).isEmpty();
    }

    @Test
    void theErrorsTable_isReadWithItsCounts() {
        String html = """
                <tr>
                    <td class="error-col-1 total ko">status.find.is(201), but actually found 409<span class="value" style="display:none">0</span></td>
                    <td class="value error-col-2 total ko">1,015</td>
                    <td class="value error-col-3 total ko">51.72%</td>
                </tr>
                <tr>
                    <td class="error-col-1 total ko">j.n.ConnectException: Connection refused: localhost/127.0.0.1:8080<span class="value" style="display:none">1</span></td>
                    <td class="value error-col-2 total ko">3</td>
                """;
        assertThat(GatlingStats.errors(html)).containsExactly(
                new GatlingStats.Error("status.find.is(201), but actually found 409", 1015),
                new GatlingStats.Error("j.n.ConnectException: Connection refused: localhost/127.0.0.1:8080", 3));
    }

    @Test
    void theReport_saysTheCommandTheFiguresAndThePagesOverBudget() {
        Properties run = new Properties();
        run.setProperty("arguments", "-Drefuge.users=20");
        run.setProperty("started", "2026-12-07T20:06:21Z");
        run.setProperty("users", "20");
        run.setProperty("minutes", "1");
        run.setProperty("rampSeconds", "10");
        run.setProperty("mix", "registrar=8,pages=4");
        run.setProperty("think", "1.0");
        run.setProperty("signIns", "20");
        run.setProperty("stormSeconds", "60");
        run.setProperty("stormAfter", "60");
        GatlingStats stats = new GatlingStats(new GatlingStats.Row("All Requests", true, 1240, 1, 79L, 759L, 2008L, 2578L),
                List.of(new GatlingStats.Row("sign-in storm", true, 20, 0, 225L, 655L, 655L, 655L),
                        new GatlingStats.Row("camp: allocate household", false, 9, 1, 713L, 1303L, 1303L, 1303L)),
                List.of(new GatlingStats.Error("status.find.is(201), but actually found 409", 1)));
        String md = LoadReport.markdown(stats, run, List.of(new PageTimes.Page("page caseworker: duplicates", 12, 15, 978, 978, 978)),
                "refugeloadsimulation-1");

        assertThat(md).contains("- Command: `mvn -pl perf/load verify -Pload -Drefuge.users=20`")
                .contains("- Date: 2026-12-07 20:06 UTC").contains("(8 registrar, 4 pages)")
                .contains("**Result: 1,240 requests, 1 errors**")
                .contains("| camp: allocate household | 9 | 1 | 713 | 1,303 | 1,303 | 1,303 |")
                .contains("20 sign-ins, 0 failed").contains("p95 655 ms")
                .contains("| page caseworker: duplicates | 12 | 15 | 978 | 978 | 978 | no |")
                .contains("| status.find.is(201), but actually found 409 | 1 |");
    }
}
